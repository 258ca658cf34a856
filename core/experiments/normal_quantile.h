#pragma once

namespace copydesk {

// The standard normal's z with P(|Z| > z) = alpha (alpha 0.05: 1.959964), from Boost.Math.
double twoSidedNormalQuantile(double alpha);
// z with P(Z < z) = probability (0.8: 0.841621).
double normalQuantile(double probability);
// P(|Z| >= |z|): the two-sided p-value of a z statistic.
double twoSidedNormalP(double z);

}  // namespace copydesk
