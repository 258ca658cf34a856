#pragma once

#include <cstdint>
#include <string>

#include "core/common/result.h"
#include "core/related/related_selection.h"
#include "core/store/database.h"

namespace copydesk {

// A product's related products as the Write page shows them (issue 14).
struct RelatedView {
  std::int64_t productId = 0;
  std::string sku;
  std::string title;
  RelatedSelection selection;
};

// The studio's use cases for a writer's choice, each run on the store thread and answering with
// what to show next. Every edit keeps the whole list shown (RelatedSelector::keep), so what the
// writer sees is exactly what generation uses. An unknown product is "product.gone".
class RelatedEditing final {
 public:
  explicit RelatedEditing(Database& db) : m_db(db) {}

  Result<RelatedView> load(std::int64_t productId);
  Result<RelatedView> drop(std::int64_t productId, const std::string& sku, const std::string& author);
  // `wanted`: a SKU, or words that the catalog search finds (its first product is added).
  // Nothing found is "related.unknown-sku" naming what was typed.
  Result<RelatedView> add(std::int64_t productId, const std::string& wanted, const std::string& author);
  Result<RelatedView> reset(std::int64_t productId);

 private:
  Result<Product> product(std::int64_t productId);
  Result<RelatedView> edit(std::int64_t productId, const std::vector<std::string>& add,
                           const std::vector<std::string>& drop, const std::string& author);

  Database& m_db;
};

}  // namespace copydesk
