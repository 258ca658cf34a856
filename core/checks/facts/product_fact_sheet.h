#pragma once

#include <string>
#include <vector>

#include "core/checks/facts/quantity.h"
#include "core/store/product.h"

namespace copydesk {

// One place in the product's data that states something, as plain text.
struct FactPiece {
  std::string key;     // "title", "description", "category", "tag", an attribute's name, a variant option's name
  std::string text;    // as stored (HTML made text)
  std::string folded;  // the same, ASCII letters lower-cased
};

// Everything the catalog states about a product that copy may be held to: its texts, and every
// quantity in them (an attribute "Capacity (ml)": 350 is 350 ml).
struct ProductFactSheet {
  std::vector<FactPiece> pieces;
  std::vector<Quantity> quantities;
  // Attribute values that are a bare number with no unit anywhere ("容量": "500"): a copy's
  // "500 ml" is not reported as unstated when its number is one of them.
  std::vector<double> bareNumbers;
};

// Title, description (HTML → text), category, tags, attribute names and values, and each
// variant's title, options and attributes. The brand is left out: "Red Wing" or "Copper Chef"
// names no colour or material of the product. Codes, prices, links and stock counts are skipped.
ProductFactSheet buildFactSheet(const Product& product);

}  // namespace copydesk
