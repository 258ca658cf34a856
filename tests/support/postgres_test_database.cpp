#include "tests/support/postgres_test_database.h"

#include <exception>
#include <iostream>
#include <utility>

#include "tests/support/pg_connection.h"
#include "tests/support/pg_connection_string.h"

namespace copydesk::test {

PostgresTestDatabase::PostgresTestDatabase(std::string serverConnection, std::string name)
    : m_serverConnection(std::move(serverConnection)),
      m_name(std::move(name)),
      m_connectionString(withDatabase(m_serverConnection, m_name)) {}

PostgresTestDatabase::PostgresTestDatabase(PostgresTestDatabase&& other) noexcept
    : m_serverConnection(std::move(other.m_serverConnection)),
      m_name(std::exchange(other.m_name, std::string())),
      m_connectionString(std::move(other.m_connectionString)) {}

PostgresTestDatabase::~PostgresTestDatabase() {
  if (m_name.empty()) return;  // moved from
  // FORCE: a connection the test left open (a store not yet destroyed, a failed assertion's
  // unwinding order) must not keep the database alive for the rest of the run.
  try {
    PgConnection server(withDatabase(m_serverConnection, "postgres"));
    server.execute("DROP DATABASE IF EXISTS \"" + m_name + "\" WITH (FORCE)");
  } catch (const std::exception& error) {
    std::cerr << "warning: test database " << m_name << " not dropped: " << error.what() << '\n';
  }
}

std::string PostgresTestDatabase::uri() const { return toUri(m_connectionString); }

}  // namespace copydesk::test
