#include "core/experiments/proportion_tests.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/experiments/normal_quantile.h"

namespace copydesk {

std::optional<ZTest> twoProportionZTest(const Proportion& a, const Proportion& b) {
  if (a.trials <= 0 || b.trials <= 0) return std::nullopt;
  const double n1 = static_cast<double>(a.trials), n2 = static_cast<double>(b.trials);
  const double pooled = static_cast<double>(a.successes + b.successes) / (n1 + n2);
  const double variance = pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2);
  if (!(variance > 0.0)) return std::nullopt;
  ZTest test;
  test.z = (a.rate() - b.rate()) / std::sqrt(variance);
  test.pValue = twoSidedNormalP(test.z);
  return test;
}

std::optional<ChiSquareTest> chiSquareHomogeneity(const std::vector<Proportion>& groups) {
  if (groups.size() < 2) return std::nullopt;
  double trials = 0.0, successes = 0.0;
  for (const Proportion& g : groups) {
    if (g.trials <= 0) return std::nullopt;
    trials += static_cast<double>(g.trials);
    successes += static_cast<double>(g.successes);
  }
  const double pooled = successes / trials;
  if (!(pooled > 0.0 && pooled < 1.0)) return std::nullopt;
  ChiSquareTest test;
  test.smallestExpected = std::numeric_limits<double>::infinity();
  for (const Proportion& g : groups) {
    const double n = static_cast<double>(g.trials);
    const double expectedYes = n * pooled, expectedNo = n * (1.0 - pooled);
    const double yes = static_cast<double>(g.successes), no = n - yes;
    test.statistic += (yes - expectedYes) * (yes - expectedYes) / expectedYes +
                      (no - expectedNo) * (no - expectedNo) / expectedNo;
    test.smallestExpected = std::min({test.smallestExpected, expectedYes, expectedNo});
  }
  test.degreesOfFreedom = static_cast<int>(groups.size()) - 1;
  const boost::math::chi_squared distribution(test.degreesOfFreedom);
  test.pValue = boost::math::cdf(boost::math::complement(distribution, test.statistic));
  return test;
}

}  // namespace copydesk
