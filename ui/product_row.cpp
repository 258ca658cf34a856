#include "ui/product_row.h"

#include <unordered_map>

#include "core/store/draft_store.h"

namespace copydesk::ui {
namespace {

// The ids travel as one JSON array bound to json_each(): one statement whatever the page size.
std::string idArray(std::span<const std::int64_t> ids) {
  std::string text = "[";
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) text += ',';
    text += std::to_string(ids[i]);
  }
  return text + "]";
}

// A product's copy status is its most advanced draft's, read as DraftStore reads it.
std::string pageSql() {
  return "SELECT p.id, p.sku, p.title, p.category, "
         "(SELECT count(*) FROM variants v WHERE v.product_id = p.id), "
         "(SELECT max(CASE " + std::string(kDraftStatusSql) + " WHEN 'exported' THEN 4 WHEN 'approved' THEN 3 "
         "WHEN 'submitted' THEN 2 ELSE 1 END) FROM drafts d WHERE d.product_id = p.id) "
         "FROM products p WHERE p.id IN (SELECT value FROM json_each(?1))";
}

CopyStatus statusFromRank(std::int64_t rank) {
  switch (rank) {
    case 1: return CopyStatus::Draft;
    case 2: return CopyStatus::InReview;
    case 3: return CopyStatus::Approved;
    case 4: return CopyStatus::Exported;
    default: return CopyStatus::None;
  }
}

}  // namespace

Result<std::vector<ProductRow>> loadProductRows(Database& db, std::span<const std::int64_t> ids) {
  if (ids.empty()) return std::vector<ProductRow>{};
  auto stmt = db.prepare(pageSql());
  if (!stmt) return stmt.error();
  stmt->bind(1, idArray(ids));
  std::unordered_map<std::int64_t, ProductRow> byId;
  byId.reserve(ids.size());
  while (stmt->step()) {
    ProductRow row;
    row.id = stmt->integer(0);
    row.sku = stmt->text(1);
    row.title = stmt->text(2);
    row.category = stmt->text(3);
    row.variants = static_cast<int>(stmt->integer(4));
    row.status = statusFromRank(stmt->optionalInteger(5).value_or(0));
    byId.emplace(row.id, std::move(row));
  }
  if (!stmt->ok()) return db.lastError("loading a page of products");
  std::vector<ProductRow> rows;
  rows.reserve(ids.size());
  for (std::int64_t id : ids) {
    auto it = byId.find(id);
    rows.push_back(it != byId.end() ? std::move(it->second) : ProductRow{.id = id});
  }
  return rows;
}

}  // namespace copydesk::ui
