#include "core/store/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <cstdlib>

#include "core/common/error_id.h"

namespace copydesk::pg {
namespace {

// Notices (e.g. "relation already exists, skipping") are for psql users, not for the studio.
void ignoreNotice(void*, const char*) {}

std::string trimmed(const char* text) {
  std::string s = text ? text : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// libpq's own failures (a lost connection) are a line and then hints for psql users, hard-wrapped
// with tabs ("server closed the connection unexpectedly\n\tThis probably means …"): the first line
// says it, and our wording (store.pg.unreachable) says what it means for the user.
std::string firstLine(const char* text) {
  std::string s = trimmed(text);
  if (const auto newline = s.find('\n'); newline != std::string::npos) s.erase(newline);
  return s;
}

struct ResultFree {
  void operator()(PGresult* r) const { PQclear(r); }
};

}  // namespace

Result<std::unique_ptr<Connection>> Connection::open(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (!conn) return makeError("store.pg.cannot-connect", ErrorCode::Database, {"out of memory"});
  if (PQstatus(conn) != CONNECTION_OK) {
    const std::string message = trimmed(PQerrorMessage(conn));
    PQfinish(conn);
    return makeError("store.pg.cannot-connect", ErrorCode::Database, {message});
  }
  PQsetNoticeProcessor(conn, ignoreNotice, nullptr);
  std::unique_ptr<Connection> connection(new Connection(conn));
  // Text results in one fixed form whatever the server's configuration: ISO dates, UTF-8.
  if (!connection->exec("SET client_encoding = 'UTF8'; SET DateStyle = 'ISO'; SET extra_float_digits = 1")) {
    return makeError("store.pg.cannot-connect", ErrorCode::Database, {connection->lastFailure().message});
  }
  return connection;
}

Connection::~Connection() { PQfinish(m_conn); }

bool Connection::exec(std::string_view sql) {
  const std::string text(sql);
  std::unique_ptr<PGresult, ResultFree> result(PQexec(m_conn, text.c_str()));
  return accept(result.get());
}

std::string Connection::prepared(const std::string& sql, const std::vector<unsigned>& types) {
  std::string key;
  for (unsigned type : types) key += std::to_string(type) + ',';
  key += sql;
  if (auto found = m_prepared.find(key); found != m_prepared.end()) return found->second;
  std::string name = "s" + std::to_string(m_prepared.size() + 1);
  std::vector<Oid> oids(types.begin(), types.end());
  // A failed prepare would abort the caller's transaction; a savepoint keeps it usable, so the
  // caller may try again with other types (first prepare of each text only: they are cached).
  const bool guarded = inTransaction() && exec("SAVEPOINT copydesk_prepare");
  std::unique_ptr<PGresult, ResultFree> result(PQprepare(
      m_conn, name.c_str(), sql.c_str(), static_cast<int>(oids.size()), oids.empty() ? nullptr : oids.data()));
  if (!accept(result.get())) {
    const Failure failure = m_failure;
    if (guarded) (void)exec("ROLLBACK TO SAVEPOINT copydesk_prepare; RELEASE SAVEPOINT copydesk_prepare");
    m_failure = failure;
    return {};
  }
  if (guarded) (void)exec("RELEASE SAVEPOINT copydesk_prepare");
  m_prepared.emplace(std::move(key), name);
  return name;
}

PGresult* Connection::execPrepared(const std::string& name, const std::vector<const char*>& values,
                                   const std::vector<int>& lengths) {
  return PQexecPrepared(m_conn, name.c_str(), static_cast<int>(values.size()), values.data(), lengths.data(),
                        nullptr, 0);
}

bool Connection::accept(PGresult* result) {
  const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
    const char* tuples = PQcmdTuples(result);
    m_changes = tuples && *tuples ? std::atoi(tuples) : 0;
    return true;
  }
  fail(result);
  return false;
}

void Connection::fail(PGresult* result) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  m_failure.sqlState = state ? state : "";
  const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  m_failure.message = primary ? trimmed(primary) : firstLine(PQerrorMessage(m_conn));
  // libpq's own failure (no SQLSTATE) from a server that went away ("server closed the connection
  // unexpectedly") leaves the connection marked OK until it next reads: read now, without waiting,
  // so that storeFailure() calls it a lost store the first time, not a server's error.
  if (m_failure.sqlState.empty() && PQstatus(m_conn) == CONNECTION_OK) (void)PQconsumeInput(m_conn);
  // A dead connection forgets the server's prepared statements.
  if (PQstatus(m_conn) != CONNECTION_OK) m_prepared.clear();
}

bool Connection::inTransaction() const { return PQtransactionStatus(m_conn) != PQTRANS_IDLE; }

bool Connection::connected() const { return PQstatus(m_conn) == CONNECTION_OK; }

bool Connection::checkConnected() {
  if (connected() && !inTransaction()) (void)PQconsumeInput(m_conn);
  if (connected()) return true;
  m_prepared.clear();
  // What libpq found is the failure storeFailure() words, as if a query had met it.
  m_failure = {"", firstLine(PQerrorMessage(m_conn))};
  return false;
}

std::string Connection::currentUser() {
  std::unique_ptr<PGresult, ResultFree> result(PQexec(m_conn, "SELECT current_user"));
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1) return {};
  return PQgetvalue(result.get(), 0, 0);
}

}  // namespace copydesk::pg
