// The statistics behind the experiments' verdicts, against values computed independently:
//  - Wilson intervals: Newcombe, "Two-sided confidence intervals for the single proportion: comparison
//    of seven methods", Statistics in Medicine 17 (1998) 857–872: its worked examples 81/263, 15/148,
//    0/20 and 1/29 for the score method, to the 4 places printed there; and to 1e-9 against
//    scipy.stats.binomtest(...).proportion_ci(method='wilson').
//  - z and chi-square p-values: scipy.stats.chi2_contingency(table, correction=False) (scipy 1.10.1,
//    Debian 12's python3-scipy); z is the square root of its statistic for a 2×2 table.
//  - Sample sizes: the two-proportion formula without continuity correction (Fleiss, Levin & Paik,
//    3rd ed., chapter 4); p1 = 0.10 vs p2 = 0.20 needs the familiar 199 per group, the others are the
//    same formula evaluated with scipy's normal quantiles.
// tests/experiments/expected_values.py recomputes every scipy value here.
#include <catch2/catch.hpp>

#include "core/experiments/experiment_verdict.h"
#include "core/experiments/holm_correction.h"
#include "core/experiments/normal_quantile.h"
#include "core/experiments/proportion_tests.h"
#include "core/experiments/sample_size.h"
#include "core/experiments/wilson_interval.h"

using namespace copydesk;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

TEST_CASE("Boost.Math's normal quantiles are the textbook ones") {
  CHECK_THAT(twoSidedNormalQuantile(0.05), WithinAbs(1.959963984540054, 1e-12));
  CHECK_THAT(normalQuantile(0.8), WithinAbs(0.8416212335729143, 1e-12));
  // Far in the tail the complement keeps its precision (1 - cdf would be 0 here).
  CHECK_THAT(twoSidedNormalP(8.5), WithinRel(1.89590696444065e-17, 1e-9));
}

TEST_CASE("Wilson intervals match Newcombe (1998) and scipy") {
  struct Case {
    std::int64_t x, n;
    double low, high;            // scipy
    double paperLow, paperHigh;  // Newcombe (1998), 4 places
  };
  const Case cases[] = {
      {81, 263, 0.2552885198782742, 0.36620957698280004, 0.2553, 0.3662},
      {15, 148, 0.06238639953073629, 0.16048724172330803, 0.0624, 0.1605},
      {0, 20, 0.0, 0.16112515805281935, 0.0000, 0.1611},
      {1, 29, 0.006113214292762667, 0.17175521879320282, 0.0061, 0.1718},
  };
  for (const Case& c : cases) {
    INFO(c.x << " of " << c.n);
    const Interval ci = wilsonInterval({c.x, c.n});
    CHECK_THAT(ci.low, WithinAbs(c.low, 1e-9));
    CHECK_THAT(ci.high, WithinAbs(c.high, 1e-9));
    CHECK_THAT(ci.low, WithinAbs(c.paperLow, 0.00005));
    CHECK_THAT(ci.high, WithinAbs(c.paperHigh, 0.00005));
  }
  const Interval all = wilsonInterval({29, 29});
  CHECK_THAT(all.low, WithinAbs(0.8830302015002592, 1e-9));
  CHECK(all.high == 1.0);
  const Interval none = wilsonInterval({0, 0});
  CHECK(none.low == 0.0);
  CHECK(none.high == 1.0);
}

TEST_CASE("the two-proportion z-test matches scipy's uncorrected chi-square of the 2x2 table") {
  struct Case {
    Proportion a, b;
    double z, p;
  };
  const Case cases[] = {
      {{200, 1000}, {250, 1000}, 2.6773977630083294, 0.007419649261025672},
      {{30, 1000}, {45, 1000}, 1.7654696590094991, 0.07748486513264485},
      {{120, 2400}, {150, 2400}, 1.8793639429397584, 0.06019481615911432},
      {{12, 400}, {9, 410}, 0.7206864681035442, 0.4711024398839565},
  };
  for (const Case& c : cases) {
    INFO(c.a.successes << "/" << c.a.trials << " vs " << c.b.successes << "/" << c.b.trials);
    const auto test = twoProportionZTest(c.a, c.b);
    REQUIRE(test);
    CHECK_THAT(std::fabs(test->z), WithinRel(c.z, 1e-9));
    CHECK_THAT(test->pValue, WithinRel(c.p, 1e-9));
    // The same table through the chi-square test: z² = χ², the same p.
    const auto chi = chiSquareHomogeneity({c.a, c.b});
    REQUIRE(chi);
    CHECK_THAT(chi->statistic, WithinRel(c.z * c.z, 1e-9));
    CHECK_THAT(chi->pValue, WithinRel(c.p, 1e-9));
  }
  // The sign says which way: the first rate lower gives a negative z.
  CHECK(twoProportionZTest({200, 1000}, {250, 1000})->z < 0);
  CHECK_FALSE(twoProportionZTest({0, 100}, {0, 100}));  // nothing varies
  CHECK_FALSE(twoProportionZTest({5, 100}, {0, 0}));    // a variant without impressions
}

TEST_CASE("the chi-square test of homogeneity matches scipy for three and four variants") {
  struct Case {
    std::vector<Proportion> groups;
    double statistic, p, smallestExpected;
    int df;
  };
  const Case cases[] = {
      {{{120, 2000}, {150, 2000}, {190, 2000}}, 17.422696593941293, 0.00016470603205197008, 153.33333333333334, 2},
      {{{50, 1000}, {52, 1000}, {80, 1000}}, 9.873731662234148, 0.0071770572685052126, 60.666666666666664, 2},
      {{{30, 500}, {34, 500}, {31, 500}, {29, 500}}, 0.4814636494944632, 0.9229444817319682, 31.0, 3},
  };
  for (const Case& c : cases) {
    const auto test = chiSquareHomogeneity(c.groups);
    REQUIRE(test);
    CHECK(test->degreesOfFreedom == c.df);
    CHECK_THAT(test->statistic, WithinRel(c.statistic, 1e-9));
    CHECK_THAT(test->pValue, WithinRel(c.p, 1e-8));
    CHECK_THAT(test->smallestExpected, WithinRel(c.smallestExpected, 1e-12));
  }
}

TEST_CASE("Holm's adjustment steps down and never lets an adjusted value fall") {
  // Worked by hand: sorted 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → kept at 0.06.
  const std::vector<double> adjusted = holmAdjusted({0.01, 0.04, 0.03, 0.005});
  REQUIRE(adjusted.size() == 4);
  CHECK_THAT(adjusted[0], WithinAbs(0.03, 1e-15));
  CHECK_THAT(adjusted[1], WithinAbs(0.06, 1e-15));
  CHECK_THAT(adjusted[2], WithinAbs(0.06, 1e-15));
  CHECK_THAT(adjusted[3], WithinAbs(0.02, 1e-15));
  CHECK(holmAdjusted({0.6, 0.7}) == std::vector<double>{1.0, 1.0});  // capped at 1
  CHECK(holmAdjusted({0.02}) == std::vector<double>{0.02});           // one test: unchanged
}

TEST_CASE("sample sizes follow the two-proportion power formula at 5 % two-sided and 80 % power") {
  CHECK(sampleSizePerVariant(0.10, 0.20) == 199);  // Fleiss et al.: 198.96 rounded up
  CHECK(sampleSizePerVariant(0.20, 0.10) == 199);  // symmetric
  CHECK(sampleSizePerVariant(0.05, 0.06) == 8158);  // 8157.73
  CHECK(sampleSizePerVariant(0.03, 0.045) == 2518);  // 2517.003
  CHECK_FALSE(sampleSizePerVariant(0.05, 0.05));      // no difference to detect
  CHECK_FALSE(sampleSizePerVariant(0.0, 0.0));
}

TEST_CASE("two variants: a winner only where the z-test is significant at 5 %") {
  const ExperimentVerdict clear = judgeExperiment({{200, 1000}, {250, 1000}});
  CHECK(clear.method == VerdictMethod::TwoProportionZ);
  CHECK(clear.outcome == VerdictOutcome::Winner);
  CHECK(clear.winner == std::size_t{1});
  REQUIRE(clear.pValue);
  CHECK_THAT(*clear.pValue, WithinRel(0.007419649261025672, 1e-9));
  CHECK_FALSE(clear.chiSquarePValue);
  CHECK_FALSE(clear.neededPerVariant);

  // 3.0 % vs 4.5 %, p = 0.077: no winner yet, 2518 impressions each needed, 1518 more.
  const ExperimentVerdict close = judgeExperiment({{30, 1000}, {45, 1000}});
  CHECK(close.outcome == VerdictOutcome::NotSignificant);
  CHECK_FALSE(close.winner);
  CHECK(close.best == std::size_t{1});
  CHECK_THAT(*close.pValue, WithinRel(0.07748486513264485, 1e-9));
  CHECK(close.neededPerVariant == 2518);
  CHECK(close.stillNeeded == 1518);
}

TEST_CASE("more variants: chi-square first, then the best against each other with Holm") {
  // scipy: χ² p = 0.000165; best (C) vs A p = 3.48e-5, vs B p = 0.02334; Holm: 6.97e-5 and 0.02334.
  const ExperimentVerdict v = judgeExperiment({{120, 2000}, {150, 2000}, {190, 2000}});
  CHECK(v.method == VerdictMethod::ChiSquareHolm);
  CHECK(v.outcome == VerdictOutcome::Winner);
  CHECK(v.winner == std::size_t{2});
  CHECK_THAT(*v.chiSquarePValue, WithinRel(0.00016470603205197008, 1e-8));
  REQUIRE(v.comparisons.size() == 2);
  CHECK(v.comparisons[0].other == 0);
  CHECK_THAT(v.comparisons[0].pValue, WithinRel(3.482643834884666e-05, 1e-8));
  CHECK_THAT(v.comparisons[0].adjustedPValue, WithinRel(2 * 3.482643834884666e-05, 1e-8));
  CHECK_THAT(v.comparisons[1].adjustedPValue, WithinRel(0.02333973262840023, 1e-8));
  CHECK_THAT(*v.pValue, WithinRel(0.02333973262840023, 1e-8));

  // Both comparisons need Holm's help: raw 0.00651 and 0.01168 become 0.01301 both.
  const ExperimentVerdict holm = judgeExperiment({{50, 1000}, {52, 1000}, {80, 1000}});
  CHECK(holm.winner == std::size_t{2});
  CHECK_THAT(holm.comparisons[0].adjustedPValue, WithinRel(2 * 0.00650659748363784, 1e-8));
  CHECK_THAT(holm.comparisons[1].adjustedPValue, WithinRel(2 * 0.00650659748363784, 1e-8));
  CHECK_THAT(*holm.pValue, WithinRel(2 * 0.00650659748363784, 1e-8));

  // Four alike: χ² p = 0.923, no winner; B (6.8 %) against C (6.2 %) needs 26,500 each.
  const ExperimentVerdict alike = judgeExperiment({{30, 500}, {34, 500}, {31, 500}, {29, 500}});
  CHECK(alike.outcome == VerdictOutcome::NotSignificant);
  CHECK_FALSE(alike.winner);
  CHECK(alike.best == std::size_t{1});
  CHECK_THAT(*alike.chiSquarePValue, WithinRel(0.9229444817319682, 1e-8));
  CHECK(*alike.pValue >= *alike.chiSquarePValue);
  CHECK(alike.neededPerVariant == 26500);  // 26499.69 (scipy)
  CHECK(alike.stillNeeded == 26000);
}

TEST_CASE("no winner without data, for a tie, or with too few conversions for the approximation") {
  CHECK(judgeExperiment({{10, 100}}).method == VerdictMethod::None);
  const ExperimentVerdict missing = judgeExperiment({{10, 100}, {0, 0}});
  CHECK(missing.outcome == VerdictOutcome::NoData);
  CHECK_FALSE(missing.pValue);
  CHECK(judgeExperiment({{0, 100}, {0, 100}}).outcome == VerdictOutcome::NoData);
  const ExperimentVerdict tie = judgeExperiment({{10, 100}, {20, 200}, {5, 100}});
  CHECK(tie.outcome == VerdictOutcome::Tied);
  CHECK_FALSE(tie.best);
  CHECK_FALSE(tie.winner);
  // 0 of 40 against 8 of 40: p = 0.003, but 4 conversions expected per variant is under Cochran's 5.
  const ExperimentVerdict small = judgeExperiment({{0, 40}, {8, 40}});
  CHECK(*small.pValue < 0.05);
  CHECK(small.outcome == VerdictOutcome::TooFewConversions);
  CHECK_FALSE(small.winner);
}
