#include "core/checks/facts/quantity_match.h"

#include <algorithm>
#include <cmath>

namespace copydesk {

bool amountsAgree(const Amount& a, const Amount& b, double tolerance) {
  if (a.dimension != b.dimension) return false;
  const bool sameUnit = a.unit && b.unit && a.unit->factor == b.unit->factor && a.unit->offset == b.unit->offset;
  const double relative = tolerance + (sameUnit ? 0 : 0.01);
  const double scale = std::max({std::fabs(a.low), std::fabs(a.high), std::fabs(b.low), std::fabs(b.high)});
  double margin = std::max(relative * scale, a.slack + b.slack);
  // Temperatures sit near zero, where a relative margin means nothing: half a degree either way.
  if (a.dimension == Dimension::Temperature) margin = std::max(margin, sameUnit ? 0.5 : 1.0);
  return a.low <= b.high + margin && b.low <= a.high + margin;
}

bool agreesWithAny(const Quantity& stated, const std::vector<const Quantity*>& facts, double tolerance) {
  int parts = 0;
  for (const Amount& a : stated.amounts) parts = std::max(parts, a.part + 1);
  for (int part = 0; part < parts; ++part) {
    const bool agrees = std::any_of(stated.amounts.begin(), stated.amounts.end(), [&](const Amount& x) {
      return x.part == part && std::any_of(facts.begin(), facts.end(), [&](const Quantity* fact) {
               return std::any_of(fact->amounts.begin(), fact->amounts.end(),
                                  [&](const Amount& y) { return amountsAgree(x, y, tolerance); });
             });
    });
    if (!agrees) return false;
  }
  return parts > 0;
}

bool quantitiesAgree(const Quantity& stated, const Quantity& fact, double tolerance) {
  return agreesWithAny(stated, {&fact}, tolerance);
}

}  // namespace copydesk
