#include "core/store/product_titles.h"

#include "core/store/id_array.h"
#include "core/store/sql_dialect.h"

namespace copydesk {

Result<std::unordered_map<std::int64_t, std::string>> productTitles(Database& db, std::span<const std::int64_t> ids) {
  std::unordered_map<std::int64_t, std::string> titles;
  if (ids.empty()) return titles;
  auto stmt = db.prepare("SELECT id, title FROM products WHERE id IN (" + idsFromJson(db, "?1") + ")");
  if (!stmt) return stmt.error();
  stmt->bind(1, idArray(ids));
  while (stmt->step()) titles.emplace(stmt->integer(0), stmt->text(1));
  if (!stmt->ok()) return db.lastError("reading the products' titles");
  return titles;
}

}  // namespace copydesk
