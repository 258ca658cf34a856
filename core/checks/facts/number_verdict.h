#pragma once

#include <string>

#include "core/checks/facts/product_fact_sheet.h"
#include "core/checks/facts/quantity.h"

namespace copydesk {

// What the catalog says to a quantity the copy states.
struct NumberVerdict {
  enum class Kind { Stated, Contradicted, Unstated };
  Kind kind = Kind::Stated;
  std::string facts;  // Contradicted: the facts' values of that dimension as written ("350ml, 12 oz")
};

// Stated when a reading agrees with a fact of its dimension (after conversion; a pack's per-item
// or total value will do; each side of a size). Otherwise Unstated when the facts never state the
// dimension (nor the bare number, "容量": "500"), when it is a time that does not say what it times
// (battery life, charging and brewing times measure different things), or when its aspect ("1.5 cm thick", "holds up to
// 200 kg") is one no fact of the dimension has; else Contradicted, naming the facts it was held to.
NumberVerdict judgeQuantity(const Quantity& stated, const ProductFactSheet& facts, double tolerance = 0.02);

}  // namespace copydesk
