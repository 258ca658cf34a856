#pragma once

#include <string>

namespace copydesk::test {

// libpq connection strings, as key=value ("host=/tmp/x port=54329 user=postgres") or as a URI.

// The same connection with dbname set to database, in key=value form (values quoted where needed).
// Throws std::runtime_error when libpq cannot parse connectionString.
std::string withDatabase(const std::string& connectionString, const std::string& database);

// The same connection as a URI, for what takes only URIs (--db, COPYDESK_DB): every setting but
// user and dbname goes into the query, so a socket folder reads
// postgresql://postgres@/copydesk_test_1?host=%2Ftmp%2Fcopydesk-pg-x&port=54329
std::string toUri(const std::string& connectionString);

}  // namespace copydesk::test
