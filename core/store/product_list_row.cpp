#include "core/store/product_list_row.h"

#include <unordered_map>

#include "core/store/draft_store.h"
#include "core/store/id_array.h"
#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

// A product's copy status is its most advanced draft's, read as DraftStore reads it. Answers to
// customer questions (drafts with a question, issue 14) are FAQs, not the product's copy: left out.
std::string pageSql(const Database& db) {
  return "SELECT p.id, p.sku, p.title, p.category, "
         "(SELECT count(*) FROM variants v WHERE v.product_id = p.id), "
         "(SELECT max(CASE " + std::string(kDraftStatusSql) + " WHEN 'exported' THEN 4 WHEN 'approved' THEN 3 "
         "WHEN 'submitted' THEN 2 ELSE 1 END) FROM drafts d WHERE d.product_id = p.id AND d.question_id IS NULL) "
         "FROM products p WHERE p.id IN (" + idsFromJson(db, "?1") + ")";
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

Result<std::vector<ProductListRow>> loadProductListRows(Database& db, std::span<const std::int64_t> ids) {
  if (ids.empty()) return std::vector<ProductListRow>{};
  auto stmt = db.prepare(pageSql(db));
  if (!stmt) return stmt.error();
  stmt->bind(1, idArray(ids));
  std::unordered_map<std::int64_t, ProductListRow> byId;
  byId.reserve(ids.size());
  while (stmt->step()) {
    ProductListRow row;
    row.id = stmt->integer(0);
    row.sku = stmt->text(1);
    row.title = stmt->text(2);
    row.category = stmt->text(3);
    row.variants = static_cast<int>(stmt->integer(4));
    row.status = statusFromRank(stmt->optionalInteger(5).value_or(0));
    byId.emplace(row.id, std::move(row));
  }
  if (!stmt->ok()) return db.lastError("loading a page of products");
  std::vector<ProductListRow> rows;
  rows.reserve(ids.size());
  for (std::int64_t id : ids) {
    auto it = byId.find(id);
    rows.push_back(it != byId.end() ? std::move(it->second) : ProductListRow{.id = id});
  }
  return rows;
}

}  // namespace copydesk
