#include "core/store/pending_search_index.h"

namespace copydesk {

Result<std::int64_t> PendingSearchIndex::pending() {
  if (m_db.isPostgres() && m_tables.postgresReadyColumn.empty()) return std::int64_t{0};
  auto stmt = m_db.prepare(m_db.isPostgres() ? "SELECT count(*) FROM " + m_tables.sourceTable + " WHERE NOT " +
                                                   m_tables.postgresReadyColumn
                                             : "SELECT count(*) FROM " + m_tables.pendingTable);
  if (!stmt) return stmt.error();
  if (!stmt->step()) return m_db.lastError("counting " + m_tables.rowsName + " waiting for the search index");
  return stmt->integer(0);
}

// PostgreSQL indexes a row when its ready flag is set: the update puts it into the partial index.
Result<std::int64_t> PendingSearchIndex::indexPendingOnPostgres(std::int64_t maxRows) {
  if (m_tables.postgresReadyColumn.empty()) return std::int64_t{0};
  const std::string& ready = m_tables.postgresReadyColumn;
  auto waiting = pending();  // an UPDATE of no rows still takes locks and fires statement triggers
  if (!waiting || *waiting == 0) return waiting;
  if (!m_tables.postgresDeferredIndexes.empty()) {
    auto made = m_db.prepare("SELECT " + m_tables.postgresDeferredIndexes + "()");
    if (!made) return made.error();
    if (!made->step()) return m_db.lastError("indexing the imported " + m_tables.rowsName);
  }
  auto stmt = m_db.prepare("UPDATE " + m_tables.sourceTable + " SET " + ready + " = true WHERE id IN (SELECT id FROM " +
                           m_tables.sourceTable + " WHERE NOT " + ready + " ORDER BY id LIMIT ?)");
  if (!stmt) return stmt.error();
  if (!stmt->bind(1, maxRows).run()) return m_db.lastError("indexing " + m_tables.rowsName + " for search");
  return static_cast<std::int64_t>(m_db.changes());
}

Result<std::int64_t> PendingSearchIndex::indexPending(std::int64_t maxRows) {
  if (m_db.isPostgres()) return indexPendingOnPostgres(maxRows);
  Transaction transaction(m_db);
  if (!transaction.begun()) return transaction.begun().error();
  // The batch's upper id is fixed first, so the index and the pending list see the same rows.
  auto last = m_db.prepare("SELECT max(id), count(*) FROM (SELECT id FROM " + m_tables.pendingTable +
                           " ORDER BY id LIMIT ?)");
  if (!last) return last.error();
  last->bind(1, maxRows);
  if (!last->step()) return m_db.lastError("reading " + m_tables.rowsName + " waiting for the search index");
  if (last->isNull(0)) return std::int64_t{0};
  const std::string upTo = std::to_string(last->integer(0));
  const std::int64_t rows = last->integer(1);
  const std::string sql = "INSERT INTO " + m_tables.ftsTable + " (" + m_tables.ftsColumns + ") SELECT " +
                          m_tables.sourceColumns + " FROM " + m_tables.pendingTable + " q JOIN " +
                          m_tables.sourceTable + " s ON s.id = q.id WHERE q.id <= " + upTo + " ORDER BY q.id;" +
                          "DELETE FROM " + m_tables.pendingTable + " WHERE id <= " + upTo + ";";
  if (auto st = m_db.exec(sql); !st) return st.error();
  if (auto committed = transaction.commit(); !committed) return committed.error();
  return rows;
}

Status PendingSearchIndex::indexAll() {
  for (;;) {
    auto indexed = indexPending();
    if (!indexed) return indexed.error();
    if (*indexed == 0) return {};
  }
}

}  // namespace copydesk
