#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/experiments/proportion.h"

namespace copydesk {

// How a verdict was reached: the test depends on the number of variants.
enum class VerdictMethod {
  None,           // fewer than two variants with impressions: nothing to test
  TwoProportionZ,  // two variants: the pooled two-proportion z-test, two-sided
  ChiSquareHolm,   // more: chi-square test of homogeneity, then the best against each other by z-tests, Holm-adjusted
};

enum class VerdictOutcome {
  Winner,            // the best variant converts significantly better than every other one
  NotSignificant,    // a difference may be there, but not at the 5 % level yet
  Tied,              // two or more variants share the best rate
  TooFewConversions, // an expected count of conversions (or non-conversions) under 5: the test's
                     // normal approximation does not hold yet, so no winner is called
  NoData,            // a variant has no impressions yet, or no variation to test (all 0 % or all 100 %)
};

// The best variant against one other: the z-test's p-value and its Holm-adjusted value.
struct Comparison {
  std::size_t other = 0;
  double pValue = 1.0;
  double adjustedPValue = 1.0;  // equal to pValue when there are two variants
};

struct ExperimentVerdict {
  VerdictMethod method = VerdictMethod::None;
  VerdictOutcome outcome = VerdictOutcome::NoData;
  std::optional<std::size_t> best;    // the variant with the highest rate, if exactly one has it
  std::optional<std::size_t> winner;  // set exactly when outcome is Winner (and then pValue < 0.05)
  // The decision's p-value: two variants, the z-test's; more, the largest of the chi-square test's
  // and the Holm-adjusted p-values of the best against each other, so that a winner is named
  // exactly when it is below 0.05. nullopt without data to test.
  std::optional<double> pValue;
  std::optional<double> chiSquarePValue;  // more than two variants
  std::vector<Comparison> comparisons;    // the best against each other variant
  // Without a winner: impressions each variant needs for the best and the runner-up's observed
  // rates to be told apart (sampleSizePerVariant: 5 % two-sided, 80 % power), and how many more
  // the variant with the fewest still needs. nullopt when no difference has been seen to size for.
  std::optional<std::int64_t> neededPerVariant;
  std::optional<std::int64_t> stillNeeded;
};

// Judges an experiment's variants (conversions out of impressions) at the 5 % level.
ExperimentVerdict judgeExperiment(const std::vector<Proportion>& variants);

}  // namespace copydesk
