#include "core/catalog/search_index_deferral.h"

namespace copydesk {
namespace {

constexpr const char* kDeferredTriggers[] = {"products_fts_insert", "products_fts_update"};

std::string joined(const std::vector<std::string>& names, const std::string& prefix) {
  std::string out;
  for (const auto& name : names) out += ", " + prefix + "\"" + name + "\"";
  return out;
}

}  // namespace

Status SearchIndexDeferral::begin() {
  for (const char* name : kDeferredTriggers) {
    auto stmt = m_db.prepare("SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND name = ?");
    if (!stmt) return stmt.error();
    stmt->bind(1, name);
    if (!stmt->step()) return {};  // not the schema this was written for: leave the triggers alone
    m_triggerSql.push_back(stmt->text(0));
  }
  auto columns = m_db.prepare("SELECT name FROM pragma_table_info('products_fts')");
  if (!columns) return columns.error();
  while (columns->step()) m_columns.push_back(columns->text(0));
  if (m_columns.empty()) return {};

  const std::string oldValues = joined(m_columns, "old.");
  const std::string sql =
      std::string("DROP TRIGGER main.products_fts_insert;"
                  "DROP TRIGGER main.products_fts_update;"
                  "CREATE TEMP TABLE IF NOT EXISTS import_touched (id INTEGER PRIMARY KEY);"
                  "DELETE FROM temp.import_touched;"
                  "CREATE TEMP TRIGGER import_products_insert AFTER INSERT ON main.products BEGIN "
                  "  INSERT OR IGNORE INTO import_touched (id) VALUES (new.id); "
                  "END;"
                  "CREATE TEMP TRIGGER import_products_update AFTER UPDATE ON main.products "
                  "WHEN NOT EXISTS (SELECT 1 FROM import_touched WHERE id = old.id) BEGIN "
                  "  INSERT INTO products_fts (products_fts, rowid") +
      joined(m_columns, "") + ") VALUES ('delete', old.id" + oldValues + "); "
      "  INSERT INTO import_touched (id) VALUES (old.id); "
      "END;";
  if (auto st = m_db.exec(sql); !st) return st;
  m_active = true;
  return {};
}

Status SearchIndexDeferral::finish() {
  if (!m_active) return {};
  std::string sql = "INSERT INTO main.products_fts (rowid" + joined(m_columns, "") + ") SELECT p.id" +
                    joined(m_columns, "p.") +
                    " FROM main.products p JOIN temp.import_touched t ON t.id = p.id ORDER BY p.id;"
                    "DROP TRIGGER temp.import_products_insert;"
                    "DROP TRIGGER temp.import_products_update;"
                    "DROP TABLE temp.import_touched;";
  for (const std::string& trigger : m_triggerSql) sql += trigger + ";";
  if (auto st = m_db.exec(sql); !st) return st;
  m_active = false;
  return {};
}

}  // namespace copydesk
