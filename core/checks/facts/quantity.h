#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/checks/facts/unit_table.h"

namespace copydesk {

// One reading of a stated quantity in its dimension's base unit (ml, g, mm …).
struct Amount {
  Dimension dimension = Dimension::Volume;
  double low = 0;   // a single value has low == high; a range "10-20 cm" spans them
  double high = 0;
  double slack = 0;  // what the stated precision allows either way: "1.8 m" means 1.75 … 1.85 m
  const Unit* unit = nullptr;  // as stated: comparing across units allows a little more rounding
  int part = 0;  // the side of a size it belongs to ("80×160 cm": 0 and 1); readings of one part are alternatives
};

// A quantity found in a text: where it is, how it was written, and every reading the words allow
// (50g×5 is both 50 g and 250 g; 16 oz a mass and a volume). A size has one part per side, each
// of which must agree with the facts ("80×160 cm" against 70×140 cm is wrong in both).
struct Quantity {
  std::size_t start = 0;
  std::size_t end = 0;  // bytes [start, end) of the text
  std::string text;     // as stated: "500 ml", "50g×5", "1-9/16\""
  std::vector<Amount> amounts;
  std::string_view aspect;  // what of the product it measures, when said (quantity_aspect.h); static text
};

}  // namespace copydesk
