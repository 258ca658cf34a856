#pragma once

#include <string>

#include <libpq-fe.h>

namespace copydesk::test {

// One libpq connection for a test's own SQL (what the store under test wrote, the server's settings).
// Every failure throws std::runtime_error carrying libpq's message, so Catch reports it.
class PgConnection final {
 public:
  explicit PgConnection(const std::string& connectionString);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  PGconn* get() const { return m_connection; }
  // Runs one or more statements; the result of the last must not be an error.
  void execute(const std::string& sql);
  // The first column of the first row of the last statement's result ("" for NULL).
  std::string value(const std::string& sql);

 private:
  PGconn* m_connection = nullptr;
};

}  // namespace copydesk::test
