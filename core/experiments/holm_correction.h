#pragma once

#include <vector>

namespace copydesk {

// Holm's step-down adjustment (Holm 1979) of a family of p-values, in the order given: sorted
// ascending, the i-th smallest (from 0) is multiplied by (m - i), the running maximum is kept so
// adjusted values never fall, and each is capped at 1. An adjusted value below alpha is
// significant with the family-wise error rate held at alpha, as Bonferroni holds it but rejecting
// at least as often.
std::vector<double> holmAdjusted(const std::vector<double>& pValues);

}  // namespace copydesk
