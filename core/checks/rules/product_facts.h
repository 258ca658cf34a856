#pragma once

#include <string>

#include "core/store/product.h"

namespace copydesk {

// What the catalog states about a product, as one ASCII-folded text: title, description, tags,
// attribute values, variant titles and options. A claim the copy makes is "stated" when it
// occurs here.
std::string foldedFacts(const Product& product);

// The name a finding must never fire on: the input's brand, else the product's.
std::string brandOf(const std::string& inputBrand, const Product* product);

}  // namespace copydesk
