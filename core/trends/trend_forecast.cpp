#include "core/trends/trend_forecast.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <boost/math/distributions/students_t.hpp>

namespace copydesk {

std::optional<TrendForecast> forecastNext(std::span<const TrendSample> points, int stepDays) {
  const std::size_t n = points.size();
  if (n < 3) return std::nullopt;
  // x counted from the last point keeps the sums small whatever the dates.
  const double origin = points.back().day;
  double meanX = 0, meanY = 0;
  for (const TrendSample& p : points) meanX += p.day - origin, meanY += p.value;
  meanX /= static_cast<double>(n);
  meanY /= static_cast<double>(n);
  double sxx = 0, sxy = 0;
  for (const TrendSample& p : points) {
    const double dx = (p.day - origin) - meanX;
    sxx += dx * dx;
    sxy += dx * (p.value - meanY);
  }
  if (sxx <= 0) return std::nullopt;  // all on one day
  const double slope = sxy / sxx;
  const double intercept = meanY - slope * meanX;
  double sse = 0;
  for (const TrendSample& p : points) {
    const double residual = p.value - (intercept + slope * (p.day - origin));
    sse += residual * residual;
  }
  const double degrees = static_cast<double>(n - 2);
  const double s = std::sqrt(sse / degrees);
  const double x0 = stepDays;
  const double t = boost::math::quantile(boost::math::students_t(degrees), 1 - (1 - kForecastLevel) / 2);
  const double half = t * s * std::sqrt(1 + 1 / static_cast<double>(n) + (x0 - meanX) * (x0 - meanX) / sxx);
  const double predicted = intercept + slope * x0;
  TrendForecast forecast;
  forecast.day = points.back().day + stepDays;
  forecast.stepDays = stepDays;
  forecast.value = std::max(0.0, predicted);
  forecast.low = std::max(0.0, predicted - half);
  forecast.high = std::max(0.0, predicted + half);
  forecast.points = static_cast<int>(n);
  return forecast;
}

int typicalStep(std::span<const TrendSample> series) {
  std::vector<int> gaps;
  for (std::size_t i = 1; i < series.size(); ++i) gaps.push_back(series[i].day - series[i - 1].day);
  if (gaps.empty()) return 1;
  const auto middle = gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2);
  std::nth_element(gaps.begin(), middle, gaps.end());
  return std::max(1, *middle);
}

}  // namespace copydesk
