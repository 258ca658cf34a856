#include "core/experiments/wilson_interval.h"

#include <algorithm>
#include <cmath>

#include "core/experiments/normal_quantile.h"

namespace copydesk {

Interval wilsonInterval(const Proportion& p, double confidence) {
  if (p.trials <= 0) return {};
  const double n = static_cast<double>(p.trials);
  const double rate = p.rate();
  const double z = twoSidedNormalQuantile(1.0 - confidence);
  const double z2 = z * z;
  const double denominator = 1.0 + z2 / n;
  const double centre = (rate + z2 / (2.0 * n)) / denominator;
  const double half = z / denominator * std::sqrt(rate * (1.0 - rate) / n + z2 / (4.0 * n * n));
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

}  // namespace copydesk
