#pragma once

#include <cstdint>

namespace copydesk {

// Conversions out of impressions: one variant's observed binomial proportion.
struct Proportion {
  std::int64_t successes = 0;
  std::int64_t trials = 0;

  double rate() const { return trials > 0 ? static_cast<double>(successes) / static_cast<double>(trials) : 0.0; }
};

// The significance level every experiment is judged at (two-sided) and the power its sample sizes aim for.
inline constexpr double kSignificanceLevel = 0.05;
inline constexpr double kTargetPower = 0.80;

}  // namespace copydesk
