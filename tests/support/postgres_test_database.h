#pragma once

#include <string>

namespace copydesk::test {

// A database of one test's own on the run's PostgreSQL server (PostgresTestServer makes it),
// dropped, with any connection still open to it, when the handle dies.
class PostgresTestDatabase final {
 public:
  // Takes over the database `name`, already created on the server serverConnection reaches.
  PostgresTestDatabase(std::string serverConnection, std::string name);
  ~PostgresTestDatabase();
  PostgresTestDatabase(PostgresTestDatabase&& other) noexcept;
  PostgresTestDatabase& operator=(PostgresTestDatabase&&) = delete;
  PostgresTestDatabase(const PostgresTestDatabase&) = delete;
  PostgresTestDatabase& operator=(const PostgresTestDatabase&) = delete;

  const std::string& name() const { return m_name; }
  // libpq key=value: "host=/tmp/copydesk-pg-… port=54329 user=postgres dbname=copydesk_test_…".
  const std::string& connectionString() const { return m_connectionString; }
  // The same as a URI: "postgresql://postgres@/copydesk_test_…?host=%2Ftmp%2Fcopydesk-pg-…&port=54329".
  std::string uri() const;

 private:
  std::string m_serverConnection;
  std::string m_name;
  std::string m_connectionString;
};

}  // namespace copydesk::test
