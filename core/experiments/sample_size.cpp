#include "core/experiments/sample_size.h"

#include <cmath>

#include "core/experiments/normal_quantile.h"

namespace copydesk {

std::optional<std::int64_t> sampleSizePerVariant(double p1, double p2, double alpha, double power) {
  const auto inside = [](double p) { return p > 0.0 && p < 1.0; };
  if (p1 == p2 || !(p1 >= 0.0 && p1 <= 1.0 && p2 >= 0.0 && p2 <= 1.0)) return std::nullopt;
  const double mean = (p1 + p2) / 2.0;
  if (!inside(mean)) return std::nullopt;
  const double zAlpha = twoSidedNormalQuantile(alpha);
  const double zBeta = normalQuantile(power);
  const double root = zAlpha * std::sqrt(2.0 * mean * (1.0 - mean)) + zBeta * std::sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2));
  const double n = root * root / ((p1 - p2) * (p1 - p2));
  // Rounded up, less a hair so that an exact integer (up to floating error) is not pushed one higher.
  return static_cast<std::int64_t>(std::ceil(n - 1e-9));
}

}  // namespace copydesk
