// Ranking and forecast against values worked out by hand (issue 13): growth over equal windows with
// the minimum volume as the denominator's floor, and a least-squares line's 80% prediction interval.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/trends/trend_forecast.h"
#include "core/trends/trend_ranking.h"
#include "tests/support/result_string_maker.h"

using namespace copydesk;

namespace {

constexpr TrendDay kEnd = 19800;  // 2024-03-18

// Windows of 7 days ending on kEnd: one point in each, the previous one on its last day.
KeywordSeries weekly(const std::string& keyword, double previous, double recent) {
  return {keyword, {{kEnd - 7, previous}, {kEnd, recent}}};
}

}  // namespace

TEST_CASE("trends: growth = (recent - previous) / max(previous, minimum volume), small keywords left out") {
  const std::vector<KeywordSeries> series = {
      weekly("steady riser", 100, 150),  // +50%: (150 - 100) / 100
      weekly("tiny", 1, 3),              // +200% in plain terms, but under 50 in both windows
      weekly("small riser", 40, 80),     // (80 - 40) / max(40, 50) = 0.8, not 1.0
      weekly("faller", 200, 50),         // (50 - 200) / 200 = -0.75
      weekly("newcomer", 0, 60),         // (60 - 0) / 50 = 1.2
      {"ended", {{kEnd - 9, 90}}},       // nothing recent: (0 - 90) / 90 = -1
  };
  TrendRankOptions options;
  options.windowDays = 7;
  options.minVolume = 50;
  auto rising = rankTrends(series, options);
  REQUIRE(rising);
  CHECK(rising->end == kEnd);
  CHECK(rising->recentStart == kEnd - 6);
  CHECK(rising->previousStart == kEnd - 13);
  CHECK(rising->belowMinimum == 1);
  REQUIRE(rising->keywords.size() == 5);
  CHECK(rising->keywords[0].keyword == "newcomer");
  CHECK(rising->keywords[0].growth == Approx(1.2));
  CHECK(rising->keywords[1].keyword == "small riser");
  CHECK(rising->keywords[1].growth == Approx(0.8));
  CHECK(rising->keywords[2].keyword == "steady riser");
  CHECK(rising->keywords[2].growth == Approx(0.5));
  CHECK(rising->keywords[2].volume == 150);
  CHECK(rising->keywords[2].previousVolume == 100);
  CHECK(rising->keywords[3].keyword == "faller");
  CHECK(rising->keywords[3].growth == Approx(-0.75));
  CHECK(rising->keywords[4].keyword == "ended");
  CHECK(rising->keywords[4].growth == Approx(-1));
  CHECK(rising->keywords[4].volume == 0);

  options.falling = true;
  auto falling = rankTrends(series, options);
  REQUIRE(falling);
  REQUIRE(falling->keywords.size() == 5);
  CHECK(falling->keywords[0].keyword == "ended");
  CHECK(falling->keywords[1].keyword == "faller");
  CHECK(falling->keywords[4].keyword == "newcomer");

  // A lower minimum lets "tiny" in, and its growth is then measured against 3 (floor) not 1.
  options.falling = false;
  options.minVolume = 3;
  auto all = rankTrends(series, options);
  REQUIRE(all);
  CHECK(all->belowMinimum == 0);
  CHECK(all->keywords[0].keyword == "newcomer");  // 60 / 3 = 20
  CHECK(all->keywords[0].growth == Approx(20));
  CHECK(all->keywords[1].keyword == "small riser");  // (80 - 40) / 40
  CHECK(all->keywords[1].growth == Approx(1.0));
  CHECK(all->keywords[2].keyword == "tiny");  // (3 - 1) / max(1, 3)
  CHECK(all->keywords[2].growth == Approx(2.0 / 3));
}

TEST_CASE("trends: the window follows the newest day of all data; days outside both windows do not count") {
  const std::vector<KeywordSeries> series = {
      {"tea", {{kEnd - 40, 1000}, {kEnd - 20, 100}, {kEnd - 5, 100}, {kEnd, 100}}},
      {"pan", {{kEnd - 2, 70}}},
  };
  TrendRankOptions options;
  options.windowDays = 14;
  auto ranking = rankTrends(series, options);
  REQUIRE(ranking);
  REQUIRE(ranking->keywords.size() == 2);
  CHECK(ranking->keywords[0].keyword == "pan");  // nothing before: (70 - 0) / 50
  CHECK(ranking->keywords[0].growth == Approx(1.4));
  CHECK(ranking->keywords[1].keyword == "tea");  // (200 - 100) / 100, the 1000 of 40 days ago left out
  CHECK(ranking->keywords[1].growth == Approx(1.0));
  CHECK(ranking->keywords[1].volume == 200);
  CHECK(ranking->keywords[1].previousVolume == 100);
  CHECK(ranking->keywords[1].history.size() == 3);
}

TEST_CASE("trends: bad options are refused in words; no data is an empty ranking") {
  TrendRankOptions options;
  options.windowDays = 0;
  auto bad = rankTrends({}, options);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message == "the window must be at least 1 day (not 0)");
  options.windowDays = 7;
  options.minVolume = 0;
  REQUIRE_FALSE(rankTrends({}, options));
  options.minVolume = 1;
  auto empty = rankTrends({}, options);
  REQUIRE(empty);
  CHECK(empty->keywords.empty());
}

TEST_CASE("forecast: a least-squares line and its 80% prediction interval, by hand") {
  // y = 1, 3, 2, 4 at x = 0..3: slope 0.8, intercept 1.3, s^2 = 1.8 / 2; at x = 4: 4.5 and
  // se = s * sqrt(1 + 1/4 + 2.5^2 / 5) = 1.5; t(0.90; 2) = 1.885618: 4.5 -/+ 2.828427.
  const std::vector<TrendSample> points = {{100, 1}, {101, 3}, {102, 2}, {103, 4}};
  auto forecast = forecastNext(points, 1);
  REQUIRE(forecast);
  CHECK(forecast->day == 104);
  CHECK(forecast->points == 4);
  CHECK(forecast->value == Approx(4.5));
  CHECK(forecast->low == Approx(4.5 - 2.828427).epsilon(1e-6));
  CHECK(forecast->high == Approx(4.5 + 2.828427).epsilon(1e-6));

  // A straight weekly line: 10, 12, 14, 16 → 18 with no spread.
  const std::vector<TrendSample> line = {{0, 10}, {7, 12}, {14, 14}, {21, 16}};
  auto exact = forecastNext(line, 7);
  REQUIRE(exact);
  CHECK(exact->day == 28);
  CHECK(exact->value == Approx(18));
  CHECK(exact->low == Approx(18));
  CHECK(exact->high == Approx(18));

  // Falling towards zero: the value and the low end stop at 0.
  const std::vector<TrendSample> down = {{0, 30}, {1, 20}, {2, 10}};
  auto floor = forecastNext(down, 1);
  REQUIRE(floor);
  CHECK(floor->value == 0);
  CHECK(floor->low == 0);

  CHECK_FALSE(forecastNext(std::vector<TrendSample>{{0, 1}, {1, 2}}, 1));  // two points: no error to measure
  CHECK(typicalStep(line) == 7);
  CHECK(typicalStep(std::vector<TrendSample>{{0, 1}, {31, 1}, {59, 1}, {90, 1}}) == 31);
  CHECK(typicalStep(std::vector<TrendSample>{{5, 1}}) == 1);
}

TEST_CASE("forecast in the ranking: a daily series counts days without a row as 0") {
  // Daily rows (the median gap is 1) on E-5, E-4, E-3 and E, 6 each; E-2 and E-1 have none: 0.
  // Window 3, so the line goes through x = -5..0, y = 6, 6, 6, 0, 0, 6: x̄ = -2.5, ȳ = 4,
  // Sxy = -5 - 3 - 1 - 2 - 6 + 5 = -12, Sxx = 17.5; at x = 1: 4 - (12 / 17.5) · 3.5 = 1.6.
  const std::vector<KeywordSeries> series = {{"kettle", {{kEnd - 5, 6}, {kEnd - 4, 6}, {kEnd - 3, 6}, {kEnd, 6}}}};
  TrendRankOptions options;
  options.windowDays = 3;
  options.minVolume = 1;
  auto ranking = rankTrends(series, options);
  REQUIRE(ranking);
  REQUIRE(ranking->keywords.size() == 1);
  CHECK(ranking->keywords[0].volume == 6);  // E-2..E
  CHECK(ranking->keywords[0].previousVolume == 18);
  const auto& forecast = ranking->keywords[0].forecast;
  REQUIRE(forecast);
  CHECK(forecast->stepDays == 1);
  CHECK(forecast->points == 6);
  CHECK(forecast->day == kEnd + 1);
  CHECK(forecast->value == Approx(1.6));
}
