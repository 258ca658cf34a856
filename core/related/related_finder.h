#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/related/related_product.h"
#include "core/store/database.h"
#include "core/store/product.h"

namespace copydesk {

struct RelatedOptions {
  std::size_t limit = 5;
  double minLikeness = 0.1;  // below this a product is not "similar" (Jaccard of likenessFeatures)
};

// Finds a product's related products in the catalog (issue 14), each with its reason, in this
// order: the product's own upsells, cross-sells and grouped products as its source listed them
// (then the groups it belongs to and their other members); products sharing its tags (most shared
// first); products of its category, then of its top category ("茶叶 > 黑茶" for "茶叶 > 绿茶"); products whose title and attributes read alike (likeness.h).
// Within a step, ties go to the more alike, then to the SKU, so the order is always the same. A
// product appears once, with its first reason. Candidates come from the store's indexes (the SKU
// and link indexes, the category index, the substring search), a few hundred per step at most, so
// one product costs the same in a catalog of 300 or 100,000.
class RelatedFinder final {
 public:
  explicit RelatedFinder(Database& db) : m_db(db) {}

  Result<std::vector<RelatedProduct>> find(const Product& product, const RelatedOptions& options = {});
  // An unknown SKU is a NotFound error naming it.
  Result<std::vector<RelatedProduct>> find(const std::string& sku, const RelatedOptions& options = {});

 private:
  Database& m_db;
};

}  // namespace copydesk
