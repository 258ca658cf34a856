#include "core/store/product_search_index.h"

#include <string>

namespace copydesk {

Result<std::int64_t> ProductSearchIndex::pending() {
  auto stmt = m_db.prepare("SELECT count(*) FROM products_fts_pending");
  if (!stmt) return stmt.error();
  if (!stmt->step()) return m_db.lastError("counting products waiting for the search index");
  return stmt->integer(0);
}

Result<std::int64_t> ProductSearchIndex::indexPending(std::int64_t maxRows) {
  Transaction transaction(m_db);
  if (!transaction.begun()) return transaction.begun().error();
  // The batch's upper id is fixed first, so the index and the pending list see the same rows.
  auto last = m_db.prepare("SELECT max(id), count(*) FROM (SELECT id FROM products_fts_pending ORDER BY id LIMIT ?)");
  if (!last) return last.error();
  last->bind(1, maxRows);
  if (!last->step()) return m_db.lastError("reading products waiting for the search index");
  if (last->isNull(0)) return std::int64_t{0};
  const std::int64_t upTo = last->integer(0);
  const std::int64_t rows = last->integer(1);
  const std::string upToText = std::to_string(upTo);
  const std::string sql =
      "INSERT INTO products_fts (rowid, sku, title, description, brand, category, tags) "
      "SELECT p.id, p.sku, p.title, p.description, p.brand, p.category, p.tags FROM products_fts_pending q "
      "JOIN products p ON p.id = q.id WHERE q.id <= " + upToText + " ORDER BY q.id;"
      "DELETE FROM products_fts_pending WHERE id <= " + upToText + ";";
  if (auto st = m_db.exec(sql); !st) return st.error();
  if (auto committed = transaction.commit(); !committed) return committed.error();
  return rows;
}

Status ProductSearchIndex::indexAll() {
  for (;;) {
    auto indexed = indexPending();
    if (!indexed) return indexed.error();
    if (*indexed == 0) return {};
  }
}

}  // namespace copydesk
