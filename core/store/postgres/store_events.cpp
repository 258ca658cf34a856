#include "core/store/postgres/store_events.h"

#include <libpq-fe.h>

#include <algorithm>

#include "core/common/error_id.h"
#include "core/store/database.h"
#include "core/store/store_source.h"

namespace copydesk::pg {
namespace {

std::string trimmed(const char* text) {
  std::string s = text ? text : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

void ignoreNotice(void*, const char*) {}

}  // namespace

Result<std::unique_ptr<StoreEvents>> StoreEvents::open(const std::string& source) {
  std::unique_ptr<StoreEvents> events(new StoreEvents(source));
  if (auto st = events->connect(); !st) return st.error();
  return events;
}

StoreEvents::~StoreEvents() {
  if (m_conn) PQfinish(m_conn);
}

Status StoreEvents::connect() {
  if (m_conn) PQfinish(m_conn);
  // An idle listener only learns of a dropped network from TCP keepalives: probe after 30 s of
  // silence instead of the system's two hours. Listed before the source, so that settings the
  // source makes itself win (libpq keeps the last value of a repeated keyword).
  const char* keywords[] = {"connect_timeout", "keepalives_idle", "keepalives_interval", "keepalives_count",
                            "application_name", "dbname", nullptr};
  const char* values[] = {"15", "30", "10", "3", "copydesk-listener", m_source.c_str(), nullptr};
  m_conn = PQconnectdbParams(keywords, values, 1);
  const auto failed = [this](const std::string& message) {
    PQfinish(m_conn);
    m_conn = nullptr;
    return makeError("store.pg.cannot-connect", ErrorCode::Database, {message}, redactedSource(m_source));
  };
  if (!m_conn) return makeError("store.pg.cannot-connect", ErrorCode::Database, {"out of memory"});
  if (PQstatus(m_conn) != CONNECTION_OK) return failed(trimmed(PQerrorMessage(m_conn)));
  PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
  PGresult* listened = PQexec(m_conn, (std::string("LISTEN ") + kChannel).c_str());
  const bool ok = PQresultStatus(listened) == PGRES_COMMAND_OK;
  PQclear(listened);
  if (!ok) return failed(trimmed(PQerrorMessage(m_conn)));
  return {};
}

int StoreEvents::socket() const { return m_conn && !lost() ? PQsocket(m_conn) : -1; }

bool StoreEvents::lost() const { return !m_conn || PQstatus(m_conn) != CONNECTION_OK; }

std::vector<std::string> StoreEvents::drain() {
  std::vector<std::string> tables;
  if (!m_conn) return tables;
  // A closed connection fails here and turns PQstatus to CONNECTION_BAD (lost()); what was read
  // before the end is still handed out below.
  (void)PQconsumeInput(m_conn);
  while (PGnotify* notify = PQnotifies(m_conn)) {
    std::string table = notify->extra ? notify->extra : "";
    const bool own = m_ignoredSender != 0 && notify->be_pid == m_ignoredSender;
    PQfreemem(notify);
    if (!own && !table.empty() && std::find(tables.begin(), tables.end(), table) == tables.end()) {
      tables.push_back(std::move(table));
    }
  }
  return tables;
}

Status StoreEvents::reconnect() { return connect(); }

Result<int> serverProcessOf(Database& db) {
  auto stmt = db.prepare("SELECT pg_backend_pid()");
  if (!stmt) return stmt.error();
  if (!stmt->step()) return db.lastError("asking for the connection's server process");
  return static_cast<int>(stmt->integer(0));
}

}  // namespace copydesk::pg
