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
  if (!m_queued.empty()) {
    // One statement goes along with the queued ones; a script (several) needs the simple protocol.
    const auto semicolon = text.find(';');
    if (semicolon == std::string::npos || text.find_first_not_of(" \n\t;", semicolon) == std::string::npos) {
      std::unique_ptr<PGresult, ResultFree> result(pipeline([&] {
        return PQsendQueryParams(m_conn, text.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
      }));
      return accept(result.get());
    }
    if (!flushQueued()) return false;
  }
  std::unique_ptr<PGresult, ResultFree> result(PQexec(m_conn, text.c_str()));
  return accept(result.get());
}

void Connection::execSoon(std::string sql) { m_queued.push_back(std::move(sql)); }

bool Connection::flushQueued() {
  if (m_queued.empty()) return true;
  std::unique_ptr<PGresult, ResultFree> result(pipeline({}));
  return accept(result.get());
}

PGresult* Connection::pipeline(const std::function<bool()>& sendLast) {
  const std::vector<std::string> queued = std::move(m_queued);
  m_queued.clear();
  if (PQenterPipelineMode(m_conn) != 1) return nullptr;
  bool sent = true;
  for (const std::string& sql : queued) {
    sent = sent && PQsendQueryParams(m_conn, sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
  }
  const std::size_t queries = queued.size() + (sendLast ? 1 : 0);
  if (sent && sendLast) sent = sendLast();
  sent = sent && PQpipelineSync(m_conn) == 1;
  // Each query's results end with a null; the sync point ends the pipeline. What failed first
  // (a queued savepoint, say) is what the caller hears; the queries after it were not run.
  PGresult* answer = nullptr;
  std::size_t query = 0;
  bool inQuery = false;
  while (sent) {
    PGresult* result = PQgetResult(m_conn);
    if (!result) {
      if (PQstatus(m_conn) != CONNECTION_OK) break;
      if (inQuery) ++query;
      inQuery = false;
      continue;
    }
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_PIPELINE_SYNC) {
      PQclear(result);
      break;
    }
    inQuery = true;
    const bool failed = status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK;
    const bool answerFailed = answer && PQresultStatus(answer) != PGRES_COMMAND_OK &&
                              PQresultStatus(answer) != PGRES_TUPLES_OK;
    if (!answerFailed && (failed || query + 1 == queries)) {
      PQclear(answer);
      answer = result;
    } else {
      PQclear(result);
    }
  }
  (void)PQexitPipelineMode(m_conn);
  return answer;
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
  if (!m_queued.empty()) {
    return pipeline([&] {
      return PQsendQueryPrepared(m_conn, name.c_str(), static_cast<int>(values.size()), values.data(),
                                 lengths.data(), nullptr, 0) == 1;
    });
  }
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
  if (!flushQueued()) return {};
  std::unique_ptr<PGresult, ResultFree> result(PQexec(m_conn, "SELECT current_user"));
  if (PQresultStatus(result.get()) != PGRES_TUPLES_OK || PQntuples(result.get()) != 1) return {};
  return PQgetvalue(result.get(), 0, 0);
}

}  // namespace copydesk::pg
