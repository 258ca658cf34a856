#pragma once

#include <memory>

#include "core/checks/facts/product_fact_sheet.h"

namespace copydesk {

// The product's fact sheet, built once and shared by every facts rule (four of them check each
// text as the user types). Keyed by a hash of everything the sheet is built from, so an edited
// product is never answered with its old facts. Safe to call from any thread.
std::shared_ptr<const ProductFactSheet> factSheetFor(const Product& product);

}  // namespace copydesk
