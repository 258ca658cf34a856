#pragma once

#include <string>

#include "tests/support/postgres_test_database.h"

namespace copydesk::test {

// The PostgreSQL server the tests of this process use (issue 11). Under ctest it is the run's
// server, started once by the fixture in tests/support/postgres.cmake and named by the environment
// variable COPYDESK_TEST_PG. A test binary run by hand, without that variable, starts a server of
// its own through scripts/pg-test-server.sh under /tmp and stops it when the process exits
// (a process killed with SIGKILL leaves it running; its folder is /tmp/copydesk-pg-PID-…).
// Failures throw std::runtime_error with the script's or libpq's message.
class PostgresTestServer final {
 public:
  // The one server of this process, started on first use.
  static PostgresTestServer& instance();

  // The server's libpq connection string, without a database: "host=… port=… user=postgres".
  const std::string& connectionString() const { return m_connectionString; }

  // A fresh, uniquely named database (UTF-8, lc_ctype C.UTF-8, collation C, pg_trgm installed: a copy of
  // template1), dropped when the returned handle dies.
  PostgresTestDatabase createTestDatabase();

 private:
  PostgresTestServer();
  ~PostgresTestServer();
  PostgresTestServer(const PostgresTestServer&) = delete;
  PostgresTestServer& operator=(const PostgresTestServer&) = delete;

  std::string m_connectionString;
  std::string m_ownFolder;  // set when this process started the server itself
  int m_ownerPid = 0;       // a forked child that exits must not stop its parent's server
};

// PostgresTestServer::instance().createTestDatabase().
PostgresTestDatabase createTestDatabase();

}  // namespace copydesk::test
