#pragma once

#include <string_view>
#include <vector>

#include "core/checks/finding.h"
#include "core/checks/rule_book.h"
#include "core/store/product.h"

namespace copydesk::fuzz {

// A product with facts of every kind the facts rules read: an HTML description, tags,
// attributes with units in their names, variants.
const Product& sampleProduct();

// Runs `book` over a few sample texts (English, Chinese, HTML; with and without the product, on
// every channel the book declares) and checks each finding's span lies inside its text.
void checkSamples(const RuleBook& book);

// Every finding's span lies inside the text (code points), as Finding promises.
void requireSpansInside(std::string_view text, const std::vector<Finding>& findings);

}  // namespace copydesk::fuzz
