// Trend files (issue 13): the three formats read into points, dates and values in their spellings,
// and every bad row refused with FILE:LINE: cause.
#include <catch2/catch.hpp>

#include "core/trends/trend_date.h"
#include "core/trends/trend_file_reader.h"
#include "core/trends/trend_value.h"
#include "tests/support/result_string_maker.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

TrendDay day(const char* text) { return *parseTrendDate(text); }

Result<TrendFile> readText(const test::TempDir& dir, const std::string& text, const std::string& name = "t.csv") {
  test::writeFile(dir / name, text);
  return readTrendFile(dir / name, TextEncoding::Utf8, name);
}

}  // namespace

TEST_CASE("trend dates: ISO and the usual spellings, month-only as its first day, day-first refused") {
  CHECK(formatTrendDate(0) == "1970-01-01");
  CHECK(day("1970-01-02") == 1);
  CHECK(day("2024-03-07") == dayFromCivil(2024, 3, 7));
  CHECK(formatTrendDate(day("2024-02-29")) == "2024-02-29");
  CHECK(day("2024/3/7") == day("2024-03-07"));
  CHECK(day("2024.03.07") == day("2024-03-07"));
  CHECK(day("2024-03-07T10:00:00Z") == day("2024-03-07"));
  CHECK(day("2024-03-07 00:00") == day("2024-03-07"));
  CHECK(day(" 2024年3月7日 ") == day("2024-03-07"));
  CHECK(day("2024-03") == day("2024-03-01"));
  CHECK(day("2024年3月") == day("2024-03-01"));
  CHECK_FALSE(parseTrendDate("07/03/2024"));
  CHECK_FALSE(parseTrendDate("03/07/2024"));
  CHECK_FALSE(parseTrendDate("2023-02-29"));
  CHECK_FALSE(parseTrendDate("2024-13-01"));
  CHECK_FALSE(parseTrendDate("2024-03-07x"));
  CHECK_FALSE(parseTrendDate("yesterday"));
  CHECK_FALSE(parseTrendDate(""));
}

TEST_CASE("trend values: counts with thousands separators, decimals, Google Trends' <1") {
  CHECK(parseTrendValue("120") == 120.0);
  CHECK(parseTrendValue(" 1,234 ") == 1234.0);
  CHECK(parseTrendValue("1 234") == 1234.0);
  CHECK(parseTrendValue("12.5") == 12.5);
  CHECK(parseTrendValue("<1") == 0.5);
  CHECK(parseTrendValue("-3") == -3.0);  // read, and refused by the importer in words
  CHECK_FALSE(parseTrendValue(""));
  CHECK_FALSE(parseTrendValue("lots"));
  CHECK_FALSE(parseTrendValue("12%"));
  CHECK(parseTrendValue("1000000000000000") == 1e15);
  CHECK_FALSE(parseTrendValue("1e300"));  // no count comes near it; sums of the rest stay finite
}

TEST_CASE("generic trend CSV: date,keyword,value with an optional sku; rows of one key added up") {
  test::TempDir dir;
  auto file = readText(dir,
                       "date,keyword,value,sku\n"
                       "2024-03-01,green tea,120,TEA-LJ-001\n"
                       "2024-03-01,green tea,30,TEA-LJ-001\n"
                       "2024-03-02,green tea,80,\n"
                       "2024-03-01,龙井,\"1,500\",TEA-LJ-001\n");
  REQUIRE(file);
  CHECK(file->format == TrendFormat::Generic);
  CHECK(file->rows == 4);
  REQUIRE(file->points.size() == 3);
  CHECK(file->points[0].keyword == "green tea");
  CHECK(file->points[0].sku == "");
  CHECK(file->points[0].day == day("2024-03-02"));
  CHECK(file->points[0].value == 80);
  CHECK(file->points[1].sku == "TEA-LJ-001");
  CHECK(file->points[1].value == 150);  // 120 + 30
  CHECK(file->points[2].keyword == "龙井");
  CHECK(file->points[2].value == 1500);
}

TEST_CASE("Google Trends' CSV export: the Category line, Week and one column per term, <1 and empty cells") {
  test::TempDir dir;
  auto file = readText(dir,
                       "\xEF\xBB\xBF" "Category: All categories\n"
                       "\n"
                       "Week,green tea: (Worldwide),cast iron skillet: (Worldwide)\n"
                       "2024-01-07,45,<1\n"
                       "2024-01-14,50,\n"
                       "2024-01-21,55,3\n",
                       "multiTimeline.csv");
  REQUIRE(file);
  CHECK(file->format == TrendFormat::GoogleTrends);
  CHECK(file->rows == 3);
  REQUIRE(file->points.size() == 5);
  CHECK(file->points[0].keyword == "cast iron skillet");
  CHECK(file->points[0].value == 0.5);
  CHECK(file->points[1].day == day("2024-01-21"));  // the empty week is no data
  CHECK(file->points[2].keyword == "green tea");
  CHECK(file->points[4].value == 55);

  // The Chinese interface's export, monthly, with a full-width colon.
  auto zh = readText(dir, "类别：所有类别\n\n月,龙井：(中国),普洱: (中国)\n2023-11,70,20\n2023-12,80,25\n", "zh.csv");
  REQUIRE(zh);
  CHECK(zh->format == TrendFormat::GoogleTrends);
  REQUIRE(zh->points.size() == 4);
  CHECK(zh->points[0].keyword == "普洱");
  CHECK(zh->points[2].keyword == "龙井");
  CHECK(zh->points[3].day == day("2023-12-01"));
}

TEST_CASE("a shop's search-term report: Day, Search query, Searches and other columns; ';' delimited too") {
  test::TempDir dir;
  auto shopify = readText(dir,
                          "Day,Search query,Searches,Searches with clicks,Sessions\n"
                          "2024-03-01,Earl Grey,12,4,10\n"
                          "2024-03-01,earl grey,3,1,3\n"
                          "2024-03-02,Earl Grey,\"1,020\",300,900\n");
  REQUIRE(shopify);
  CHECK(shopify->format == TrendFormat::SearchReport);
  REQUIRE(shopify->points.size() == 3);
  CHECK(shopify->points[0].keyword == "Earl Grey");
  CHECK(shopify->points[0].value == 12);  // Searches, not Sessions
  CHECK(shopify->points[1].value == 1020);
  CHECK(shopify->points[2].keyword == "earl grey");  // keywords are kept as written

  auto semicolons = readText(dir, "search term;searches;date\nskillet;40;2024-03-01\n", "report.csv");
  REQUIRE(semicolons);
  CHECK(semicolons->format == TrendFormat::SearchReport);
  REQUIRE(semicolons->points.size() == 1);
  CHECK(semicolons->points[0].value == 40);

  auto chinese = readText(dir, "日期,搜索词,搜索次数\n2024-03-01,龙井,88\n", "zh.csv");
  REQUIRE(chinese);
  CHECK(chinese->points[0].keyword == "龙井");
  CHECK(chinese->points[0].value == 88);
}

TEST_CASE("bad trend rows and headers are refused with FILE:LINE: cause") {
  test::TempDir dir;
  auto failure = [&](const std::string& text) {
    auto file = readText(dir, text);
    REQUIRE_FALSE(file);
    CHECK(file.error().code == ErrorCode::InvalidInput);
    return file.error().describe();
  };
  CHECK(failure("date,keyword,value\n2024-03-01,tea,1\n07/03/2024,tea,2\n") ==
        "t.csv:3: \"07/03/2024\" is not a date (write dates as YYYY-MM-DD; day-first and month-first dates cannot be "
        "told apart)");
  CHECK(failure("date,keyword,value\n2024-03-01,tea,many\n") ==
        "t.csv:2: \"many\" is not a number (a count of searches or sales, or an index)");
  CHECK(failure("date,keyword,value\n2024-03-01,tea,-4\n") == "t.csv:2: -4 is negative: searches and sales are counted from 0");
  CHECK(failure("date,keyword,value\n2024-03-01, ,4\n") == "t.csv:2: the row has no keyword");
  CHECK(failure("date,keyword,value\n,tea,4\n") == "t.csv:2: the row has no date");
  CHECK(failure("date,keyword,value\n2024-03-01,tea\n") == "t.csv:2: the row has no value for \"tea\"");
  CHECK(failure("Week,tea: (Worldwide)\n2024-01-07,45\n2024-01-14,lots\n") ==
        "t.csv:3: \"lots\" is not a number (a count of searches or sales, or an index)");
  CHECK(failure("keyword,value\ntea,4\n") ==
        "t.csv:1: no date column (expected a header such as date, day, week or month; a search-term report needs its "
        "time grouping)");
  CHECK(failure("date,keyword,clicks per day\n2024-03-01,tea,4\n") ==
        "t.csv:1: no value column (expected a header such as value, searches, count or sales)");
  CHECK(failure("date,keyword,value\n") == "t.csv: the file has a header but no data rows");
  CHECK(failure("") == "t.csv: the file is empty");
  CHECK(failure("date,keyword,value\n2024-03-01,\"tea,4\n") ==
        "t.csv:2: unterminated quoted field (a '\"' is never closed)");
}
