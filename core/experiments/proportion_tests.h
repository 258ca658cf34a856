#pragma once

#include <optional>
#include <vector>

#include "core/experiments/proportion.h"

namespace copydesk {

// The pooled two-proportion z-test (two-sided): z = (p1 - p2) / sqrt(p(1-p)(1/n1 + 1/n2)) with p the
// pooled rate. Its p-value equals the chi-square test's of the same 2×2 table without Yates'
// correction (z² = χ²). nullopt when it cannot be computed: a variant without impressions, or no
// variation at all (both rates 0 % or both 100 %).
struct ZTest {
  double z = 0.0;
  double pValue = 1.0;
};
std::optional<ZTest> twoProportionZTest(const Proportion& a, const Proportion& b);

// Pearson's chi-square test of homogeneity of k proportions (a k×2 table of conversions and
// non-conversions, k - 1 degrees of freedom, no continuity correction): do the variants convert
// at the same rate? nullopt as for the z-test.
struct ChiSquareTest {
  double statistic = 0.0;
  int degreesOfFreedom = 0;
  double pValue = 1.0;
  double smallestExpected = 0.0;  // the smallest expected cell count: below 5 the approximation is poor
};
std::optional<ChiSquareTest> chiSquareHomogeneity(const std::vector<Proportion>& groups);

}  // namespace copydesk
