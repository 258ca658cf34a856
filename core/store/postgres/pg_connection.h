#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"

struct pg_conn;
struct pg_result;

namespace copydesk::pg {

// What the server said about the last command that failed: its SQLSTATE and message.
struct Failure {
  std::string sqlState;  // e.g. "23505"; empty when the connection itself failed
  std::string message;
};

// One libpq connection to a team store. Like a SQLite connection, it belongs to one thread at a
// time. Statements are prepared once per distinct text and parameter types, then reused.
class Connection final {
 public:
  // conninfo: a postgresql:// URI or key=value pairs; the password comes from ~/.pgpass,
  // PGPASSWORD or the password callback of the caller, never from settings.
  static Result<std::unique_ptr<Connection>> open(const std::string& conninfo);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Runs one or more statements without parameters; the result rows are dropped.
  bool exec(std::string_view sql);
  // Queues a statement whose outcome matters only to the statements after it (a savepoint taken or
  // released): it travels with the next statement in one round trip (libpq's pipeline mode), and if
  // it fails, that statement fails with its message. The batch writer's seven round trips per
  // result became three. Inside a transaction only.
  void execSoon(std::string sql);
  // Sends what execSoon queued now (before talking to the server some other way); false when one of
  // them failed (see lastFailure).
  bool flushQueued();
  // The server-side name of the prepared statement for sql with these parameter types
  // (0: let the server infer); empty when preparing failed (see lastFailure).
  std::string prepared(const std::string& sql, const std::vector<unsigned>& types);
  // Runs a prepared statement with text parameters (null entries are SQL NULL).
  pg_result* execPrepared(const std::string& name, const std::vector<const char*>& values,
                          const std::vector<int>& lengths);
  // Checks a result (the caller keeps it and frees it): true when it succeeded; records changed rows
  // or the failure.
  bool accept(pg_result* result);

  const Failure& lastFailure() const { return m_failure; }
  int changes() const { return m_changes; }
  // The id of the last row an INSERT into an identity table made (see adaptForPostgres).
  std::int64_t lastInsertId() const { return m_lastInsertId; }
  void noteInsertId(std::int64_t id) { m_lastInsertId = id; }
  bool inTransaction() const;
  bool connected() const;
  // connected(), after reading what the server sent to the idle connection (never waits): a server
  // that closed it (a restart, a terminated session) is noticed now, not by the next query failing.
  bool checkConnected();
  // The server's session user: who every decision in a team store is attributed to.
  std::string currentUser();
  pg_conn* handle() const { return m_conn; }

 private:
  explicit Connection(pg_conn* conn) : m_conn(conn) {}
  void fail(pg_result* result);
  // Sends the queued statements, then what sendLast sends (if given), in one pipeline; returns the
  // first failed result, else the last one (the caller frees it).
  pg_result* pipeline(const std::function<bool()>& sendLast);

  pg_conn* m_conn;
  std::map<std::string, std::string> m_prepared;  // key: types + sql
  int m_changes = 0;
  std::int64_t m_lastInsertId = 0;
  Failure m_failure;
  std::vector<std::string> m_queued;
};

}  // namespace copydesk::pg
