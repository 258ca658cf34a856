#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/store/product.h"

namespace copydesk {

// A text to check and what it is checked against. Nothing here is owned: the caller keeps the
// text and the product alive for the duration of the check.
struct CheckInput {
  std::string_view text;
  std::string field;    // the draft field: title, bullets, description, search_terms, seo_title…
  std::string channel;  // a check channel ("amazon-title", "taobao-title", a user channel) or ""
  const Product* product = nullptr;   // the catalog's facts; nullptr: nothing to hold the copy to
  std::vector<std::string> keywords;  // the template's keywords, for coverage and density
  std::string brand;                  // whose glossary applies; "" = the product's brand
  bool html = false;                  // the field holds HTML (descriptions from Shopify/WooCommerce)
  std::string_view sourceText;        // a translation's source (issue 14): its do-not-translate terms must stay
};

}  // namespace copydesk
