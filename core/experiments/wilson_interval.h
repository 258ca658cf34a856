#pragma once

#include "core/experiments/proportion.h"

namespace copydesk {

struct Interval {
  double low = 0.0;
  double high = 1.0;
};

// The Wilson score interval of a proportion (Wilson 1927; Newcombe 1998, method 3): unlike the
// textbook p ± z·SE it stays inside [0, 1] and keeps its coverage at small counts and rates near 0,
// which is where conversion rates live. `confidence` is two-sided (0.95: z = 1.959964).
// No trials: the whole of [0, 1].
Interval wilsonInterval(const Proportion& p, double confidence = 1.0 - kSignificanceLevel);

}  // namespace copydesk
