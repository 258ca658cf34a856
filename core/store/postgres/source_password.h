#pragma once

#include <string>

#include "core/common/result.h"

namespace copydesk::pg {

// A team store's password goes to libpq inside the connection string the studio builds in memory
// (issue 12: never through the process environment, never into settings or the database, never
// shown: redactedSource hides it). These take it in and out of a source (URI or key=value).

// The source with this password, as libpq key=value conninfo (every setting the source makes is
// kept; a password it had is replaced). Fails with store.pg.cannot-connect when libpq cannot parse
// the source.
Result<std::string> withPassword(const std::string& source, const std::string& password);

// The source as it may be kept in settings: a password written into it is taken out (a URI keeps
// its form: postgresql://anna:secret@host/db becomes postgresql://anna@host/db).
std::string withoutPassword(const std::string& source);

// The password written into the source, or "" when it has none.
std::string passwordIn(const std::string& source);

}  // namespace copydesk::pg
