#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// One product the writer kept among a product's related products, with why it is there
// ("upsell" … "similar" as the finder said, or "added" by the writer) and what that rests on.
struct RelatedChoiceItem {
  std::string sku;
  std::string reason;
  std::string detail;  // the shared tags, the category, the likeness; "" for links and additions
  bool operator==(const RelatedChoiceItem&) const = default;
};

// The related products a writer settled on for a product (related_choices, issue 14): once kept,
// generation uses exactly these, in this order, instead of the finder's. An empty list is a choice
// too (none at all); clear() goes back to the finder's.
class RelatedChoiceStore final {
 public:
  explicit RelatedChoiceStore(Database& db) : m_db(db) {}

  Result<std::optional<std::vector<RelatedChoiceItem>>> find(std::int64_t productId);
  Status save(std::int64_t productId, const std::vector<RelatedChoiceItem>& items, const std::string& author);
  Status clear(std::int64_t productId);

 private:
  Database& m_db;
};

}  // namespace copydesk
