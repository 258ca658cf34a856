#pragma once

#include <cstdint>
#include <optional>

#include "core/experiments/proportion.h"

namespace copydesk {

// Impressions each of two variants needs for a two-sided test at `alpha` to tell rates p1 and p2
// apart with probability `power`: the standard formula for two proportions without continuity
// correction (Fleiss, Levin & Paik, Statistical Methods for Rates and Proportions, 3rd ed., chapter 4):
//   n = (z(1-α/2)·sqrt(2·p̄·q̄) + z(power)·sqrt(p1·q1 + p2·q2))² / (p1 - p2)²,  p̄ = (p1 + p2) / 2,
// rounded up. nullopt when the rates are equal (no difference to detect) or outside (0, 1).
std::optional<std::int64_t> sampleSizePerVariant(double p1, double p2, double alpha = kSignificanceLevel,
                                                 double power = kTargetPower);

}  // namespace copydesk
