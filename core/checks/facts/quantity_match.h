#pragma once

#include <vector>

#include "core/checks/facts/quantity.h"

namespace copydesk {

// How far two statements of a quantity may differ and still say the same thing: `tolerance` of
// the larger (2% by default: 16 oz is 473 ml, 12 oz is "350 ml"), one point more when they were
// written in different units (1 TB against 1024 GB), and the rounding their digits allow ("1.8 m"
// against 1.83 m). Ranges agree when they overlap.
bool amountsAgree(const Amount& a, const Amount& b, double tolerance = 0.02);

// True when every part of `stated` (every side of a size) has a reading that agrees with one of
// `facts`' readings, whichever quantity of the facts it comes from.
bool agreesWithAny(const Quantity& stated, const std::vector<const Quantity*>& facts, double tolerance = 0.02);
bool quantitiesAgree(const Quantity& stated, const Quantity& fact, double tolerance = 0.02);

}  // namespace copydesk
