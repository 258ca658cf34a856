#include "core/experiments/experiment_verdict.h"

#include <algorithm>

#include "core/experiments/holm_correction.h"
#include "core/experiments/proportion_tests.h"
#include "core/experiments/sample_size.h"

namespace copydesk {
namespace {

// The chi-square and z approximations want at least this many expected conversions and
// non-conversions in every cell (Cochran's rule, the usual textbook condition).
constexpr double kSmallestExpectedCount = 5.0;

bool rateAbove(const Proportion& a, const Proportion& b) {
  // a/n > b/m without rounding: a·m > b·n.
  return static_cast<long double>(a.successes) * b.trials > static_cast<long double>(b.successes) * a.trials;
}

// The index of the highest rate and whether another variant shares it.
std::pair<std::size_t, bool> highestRate(const std::vector<Proportion>& variants) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < variants.size(); ++i) {
    if (rateAbove(variants[i], variants[best])) best = i;
  }
  bool tied = false;
  for (std::size_t i = 0; i < variants.size(); ++i) {
    if (i != best && !rateAbove(variants[best], variants[i])) tied = true;
  }
  return {best, tied};
}

// The variant with the highest rate other than `best`.
std::size_t runnerUp(const std::vector<Proportion>& variants, std::size_t best) {
  std::size_t second = best == 0 ? 1 : 0;
  for (std::size_t i = 0; i < variants.size(); ++i) {
    if (i != best && rateAbove(variants[i], variants[second])) second = i;
  }
  return second;
}

void sizeTheRest(const std::vector<Proportion>& variants, std::size_t best, ExperimentVerdict& verdict) {
  const std::size_t second = runnerUp(variants, best);
  const auto needed = sampleSizePerVariant(variants[best].rate(), variants[second].rate());
  if (!needed) return;
  verdict.neededPerVariant = *needed;
  const std::int64_t fewest = std::min(variants[best].trials, variants[second].trials);
  verdict.stillNeeded = std::max<std::int64_t>(0, *needed - fewest);
}

// The best against every other variant, Holm-adjusted when there are more than one of them.
bool compareBest(const std::vector<Proportion>& variants, std::size_t best, ExperimentVerdict& verdict) {
  std::vector<double> raw;
  for (std::size_t i = 0; i < variants.size(); ++i) {
    if (i == best) continue;
    const auto test = twoProportionZTest(variants[best], variants[i]);
    if (!test) return false;
    verdict.comparisons.push_back({i, test->pValue, test->pValue});
    raw.push_back(test->pValue);
  }
  const std::vector<double> adjusted = holmAdjusted(raw);
  for (std::size_t i = 0; i < adjusted.size(); ++i) verdict.comparisons[i].adjustedPValue = adjusted[i];
  return true;
}

}  // namespace

ExperimentVerdict judgeExperiment(const std::vector<Proportion>& variants) {
  ExperimentVerdict verdict;
  if (variants.size() < 2) return verdict;
  verdict.method = variants.size() == 2 ? VerdictMethod::TwoProportionZ : VerdictMethod::ChiSquareHolm;
  const auto table = chiSquareHomogeneity(variants);
  if (!table) return verdict;  // NoData: a variant without impressions, or nothing varies
  const auto [best, tied] = highestRate(variants);
  if (!compareBest(variants, best, verdict)) return verdict;
  double decision = 0.0;
  for (const Comparison& c : verdict.comparisons) decision = std::max(decision, c.adjustedPValue);
  if (verdict.method == VerdictMethod::ChiSquareHolm) {
    verdict.chiSquarePValue = table->pValue;
    decision = std::max(decision, table->pValue);
  }
  verdict.pValue = decision;
  if (tied) {
    verdict.outcome = VerdictOutcome::Tied;
    return verdict;
  }
  verdict.best = best;
  if (table->smallestExpected < kSmallestExpectedCount) {
    verdict.outcome = VerdictOutcome::TooFewConversions;
  } else if (decision < kSignificanceLevel) {
    verdict.outcome = VerdictOutcome::Winner;
    verdict.winner = best;
    return verdict;
  } else {
    verdict.outcome = VerdictOutcome::NotSignificant;
  }
  sizeTheRest(variants, best, verdict);
  return verdict;
}

}  // namespace copydesk
