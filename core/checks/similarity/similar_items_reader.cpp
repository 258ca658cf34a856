#include "core/checks/similarity/similar_items_reader.h"

namespace copydesk {
namespace {

constexpr const char* kDrafts =
    "SELECT d.id, d.product_id, p.sku, d.field, d.text FROM drafts d JOIN products p ON p.id = d.product_id "
    "WHERE d.status <> 'rejected' AND length(d.text) >= ?1 ORDER BY d.id";
constexpr const char* kDescriptions =
    "SELECT p.id, p.sku, p.description FROM products p WHERE length(p.description) >= ?1 ORDER BY p.id";

Status readDrafts(Database& db, std::int64_t minLength, std::vector<SimilarItem>& out) {
  auto stmt = db.prepare(kDrafts);
  if (!stmt) return stmt.error();
  stmt->bind(1, minLength);
  while (stmt->step()) {
    out.push_back({.draftId = stmt->integer(0), .productId = stmt->integer(1), .sku = stmt->text(2),
                   .field = stmt->text(3), .text = stmt->text(4)});
  }
  if (!stmt->ok()) return db.lastError("reading the drafts for the sameness scan");
  return {};
}

Status readDescriptions(Database& db, std::int64_t minLength, std::vector<SimilarItem>& out) {
  auto stmt = db.prepare(kDescriptions);
  if (!stmt) return stmt.error();
  stmt->bind(1, minLength);
  while (stmt->step()) {
    out.push_back({.draftId = 0, .productId = stmt->integer(0), .sku = stmt->text(1), .field = "description",
                   .text = stmt->text(2)});
  }
  if (!stmt->ok()) return db.lastError("reading the catalog's descriptions for the sameness scan");
  return {};
}

}  // namespace

Result<std::vector<SimilarItem>> readSimilarItems(Database& db, const SimilarOptions& options) {
  std::vector<SimilarItem> items;
  const auto minLength = static_cast<std::int64_t>(options.minLength);
  if (options.drafts) {
    if (auto st = readDrafts(db, minLength, items); !st) return st.error();
  }
  if (options.descriptions) {
    if (auto st = readDescriptions(db, minLength, items); !st) return st.error();
  }
  return items;
}

}  // namespace copydesk
