#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/related/relation_reason.h"

namespace copydesk {

// What a prompt or a list needs of another product: the catalog's own fields, without variants or
// description (a related product is named and priced, not described).
struct ProductSummary {
  std::int64_t id = 0;
  std::string sku;
  std::string title;
  std::string brand;
  std::string category;
  std::vector<std::string> tags;
  std::string price;
  Json attributes = Json::object();
};

// A product related to another, and why: the reason, and what it rests on (the shared tags, the
// category, the likeness score as "0.42", or nothing for a link).
struct RelatedProduct {
  ProductSummary product;
  RelationReason reason = RelationReason::Similar;
  std::string detail;
};

}  // namespace copydesk
