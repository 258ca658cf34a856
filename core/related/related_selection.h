#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/related/related_finder.h"
#include "core/store/database.h"
#include "core/store/related_choice_store.h"

namespace copydesk {

// The related products a prompt gets for a product (issue 14): the writer's kept choice when there
// is one (RelatedChoiceStore; products since removed from the catalog left out), else the finder's
// first `limit`.
struct RelatedSelection {
  std::vector<RelatedProduct> items;
  bool chosen = false;  // the writer's kept choice, not the finder's
};

class RelatedSelector final {
 public:
  explicit RelatedSelector(Database& db) : m_db(db) {}

  Result<RelatedSelection> forProduct(const Product& product, std::size_t limit = RelatedOptions{}.limit);

  // Keeps `items` as the product's choice; each SKU must be in the catalog and not the product.
  Status keep(const Product& product, const std::vector<RelatedChoiceItem>& items, const std::string& author);
  // Back to the finder's.
  Status reset(const Product& product);

  // The selection with `drop` taken out and `add` put at the end ("added"), for keep().
  static std::vector<RelatedChoiceItem> edited(const RelatedSelection& selection, const std::vector<std::string>& add,
                                               const std::vector<std::string>& drop);

 private:
  Database& m_db;
};

}  // namespace copydesk
