#include "core/catalog/search_index_deferral.h"

namespace copydesk {
namespace {

constexpr const char* kDeferredTriggers[] = {"products_fts_insert", "products_fts_update"};

}  // namespace

Status SearchIndexDeferral::begin() {
  if (m_db.isPostgres()) return {};  // its trigram index has no triggers to set aside
  for (const char* name : kDeferredTriggers) {
    auto stmt = m_db.prepare("SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND name = ?");
    if (!stmt) return stmt.error();
    stmt->bind(1, name);
    if (!stmt->step()) return {};  // not the schema this was written for: leave the triggers alone
    m_triggerSql.push_back(stmt->text(0));
  }
  auto pending = m_db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'products_fts_pending'");
  if (!pending) return pending.error();
  if (!pending->step()) return {};
  auto last = m_db.prepare("SELECT coalesce(max(id), 0) FROM main.products");
  if (!last) return last.error();
  if (!last->step()) return m_db.lastError("reading the last product id");
  m_lastIdBefore = last->integer(0);

  // New rows need nothing per row: finish() finds them by id. An older row's text must leave the
  // index when it is first updated (unless it was never indexed), as only the old values remove it.
  const std::string sql =
      "DROP TRIGGER main.products_fts_insert;"
      "DROP TRIGGER main.products_fts_update;"
      "CREATE TEMP TRIGGER import_products_update AFTER UPDATE ON main.products "
      "WHEN old.id <= " + std::to_string(m_lastIdBefore) +
      " AND NOT EXISTS (SELECT 1 FROM main.products_fts_pending WHERE id = old.id) BEGIN "
      "  INSERT INTO products_fts (products_fts, rowid, sku, title, description, brand, category, tags) "
      "  VALUES ('delete', old.id, old.sku, old.title, old.description, old.brand, old.category, old.tags); "
      "  INSERT INTO products_fts_pending (id) VALUES (old.id); "
      "END;";
  if (auto st = m_db.exec(sql); !st) return st;
  m_active = true;
  return {};
}

Status SearchIndexDeferral::finish() {
  if (!m_active) return {};
  std::string sql = "INSERT OR IGNORE INTO main.products_fts_pending (id) SELECT id FROM main.products WHERE id > " +
                    std::to_string(m_lastIdBefore) + ";"
                    "DROP TRIGGER temp.import_products_update;";
  for (const std::string& trigger : m_triggerSql) sql += trigger + ";";
  if (auto st = m_db.exec(sql); !st) return st;
  m_active = false;
  return {};
}

}  // namespace copydesk
