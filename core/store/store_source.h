#pragma once

#include <string>
#include <string_view>

namespace copydesk {

// Where a store lives. `--db`, COPYDESK_DB and the studio's settings name either a SQLite file (a
// path) or a team store on PostgreSQL: a URI (postgresql://…, postgres://…) or libpq's key=value
// form (host=/socket/dir dbname=copydesk …). Everything else is a path.
bool isPostgresSource(std::string_view source);

// The source as it may be shown or logged: a password in it is replaced by "***".
std::string redactedSource(std::string_view source);

}  // namespace copydesk
