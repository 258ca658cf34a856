// Keyword trends in the store (issue 13), run on SQLite (trends_tests) and on the run's PostgreSQL
// server (trends_pg_tests): an import's points come back as series, a re-import replaces values, a
// bad file changes nothing, and the ranking reads the store.
#include <catch2/catch.hpp>

#include "core/trends/trend_importer.h"
#include "core/trends/trend_ranking.h"
#include "core/trends/trend_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

TrendDay day(const char* text) { return *parseTrendDate(text); }

}  // namespace

TEST_CASE("trend store: imported points come back per keyword, SKUs of a day added up") {
  test::TestStore store;
  auto db = store.openOrFail();
  const auto file = store.dir() / "trends.csv";
  test::writeFile(file,
                  "date,keyword,value,sku\n"
                  "2024-03-01,绿茶,120,TEA-LJ-001\n"
                  "2024-03-01,绿茶,30,TEA-BH-003\n"
                  "2024-03-02,绿茶,0.5,TEA-LJ-001\n"
                  "2024-03-01,Skillet,7,\n");
  auto summary = importTrends(*db, file, TextEncoding::Utf8, "trends.csv");
  REQUIRE(summary);
  CHECK(summary->points == 4);
  CHECK(summary->keywords == 2);
  CHECK(summary->first == day("2024-03-01"));
  CHECK(summary->last == day("2024-03-02"));
  CHECK(describeTrendImport(*summary, "trends.csv") ==
        "imported 4 points of 2 keywords (2024-03-01 to 2024-03-02) from trends.csv as generic");

  auto series = TrendStore(*db).series();
  REQUIRE(series);
  REQUIRE(series->size() == 2);
  CHECK((*series)[0].keyword == "Skillet");  // byte order on both engines
  CHECK((*series)[1].keyword == "绿茶");
  REQUIRE((*series)[1].samples.size() == 2);
  CHECK((*series)[1].samples[0].day == day("2024-03-01"));
  CHECK((*series)[1].samples[0].value == 150);
  CHECK((*series)[1].samples[1].value == 0.5);
  CHECK(*TrendStore(*db).count() == 4);
}

TEST_CASE("trend store: a re-import replaces a day's value; a bad file leaves the store as it was") {
  test::TestStore store;
  auto db = store.openOrFail();
  const auto first = store.dir() / "week1.csv";
  test::writeFile(first, "Week,tea: (Worldwide)\n2024-01-07,40\n2024-01-14,50\n");
  REQUIRE(importTrends(*db, first));
  const auto updated = store.dir() / "week2.csv";
  test::writeFile(updated, "Week,tea: (Worldwide)\n2024-01-14,55\n2024-01-21,60\n");
  REQUIRE(importTrends(*db, updated));
  CHECK(*TrendStore(*db).count() == 3);
  auto series = TrendStore(*db).series();
  REQUIRE(series);
  REQUIRE(series->size() == 1);
  REQUIRE((*series)[0].samples.size() == 3);
  CHECK((*series)[0].samples[1].value == 55);  // replaced, not 105

  const auto bad = store.dir() / "bad.csv";
  test::writeFile(bad, "date,keyword,value\n2024-02-01,tea,1\n2024-02-02,tea,oops\n");
  auto refused = importTrends(*db, bad, TextEncoding::Utf8, "bad.csv");
  REQUIRE_FALSE(refused);
  CHECK(refused.error().describe() == "bad.csv:3: \"oops\" is not a number (a count of searches or sales, or an index)");
  CHECK(*TrendStore(*db).count() == 3);
}

TEST_CASE("trend store: the ranking reads the store's series") {
  test::TestStore store;
  auto db = store.openOrFail();
  const auto file = store.dir() / "t.csv";
  test::writeFile(file,
                  "date,keyword,value\n"
                  "2024-03-01,tea,100\n2024-03-08,tea,150\n"
                  "2024-03-01,pan,200\n2024-03-08,pan,100\n");
  REQUIRE(importTrends(*db, file));
  TrendRankOptions options;
  options.windowDays = 7;
  auto ranking = rankStoredTrends(*db, options);
  REQUIRE(ranking);
  CHECK(ranking->end == day("2024-03-08"));
  REQUIRE(ranking->keywords.size() == 2);
  CHECK(ranking->keywords[0].keyword == "tea");
  CHECK(ranking->keywords[0].growth == Approx(0.5));
  CHECK(ranking->keywords[1].keyword == "pan");
  CHECK(ranking->keywords[1].growth == Approx(-0.5));
}
