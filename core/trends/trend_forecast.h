#pragma once

#include <optional>
#include <span>

#include "core/trends/trend_point.h"

namespace copydesk {

// The forecast's prediction interval covers the next value with this probability.
inline constexpr double kForecastLevel = 0.80;

// The next period of a keyword's series: an ordinary least-squares line through the points it is
// given (x in days), extended one step past the last of them, with the line's prediction interval
//   ŷ ± t(1 − (1 − level)/2; n − 2) · s · √(1 + 1/n + (x₀ − x̄)² / Σ(x − x̄)²),
// s² = Σ residual² / (n − 2) (Student's t from Boost.Math). Searches and sales cannot be negative:
// the value and the interval's low end are at least 0.
struct TrendForecast {
  TrendDay day = 0;    // the next period's date
  int stepDays = 1;    // one period of the series
  double value = 0;
  double low = 0;
  double high = 0;
  int points = 0;      // what the line was fitted to
};

// No forecast from fewer than 3 points (a line through 2 leaves nothing to measure its error by).
std::optional<TrendForecast> forecastNext(std::span<const TrendSample> points, int stepDays);

// A series' period in days: the median gap between its days (1 for daily data, 7 for Google
// Trends' weeks, 28-31 for months); 1 for a series of one day.
int typicalStep(std::span<const TrendSample> series);

}  // namespace copydesk
