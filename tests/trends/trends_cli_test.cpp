// copydesk-cli trends (issue 13's CLI contract, which outside scripts rely on exactly):
// `trends import FILE` and `trends top [--window-days N] [--min-volume V] [--falling] [--json]`,
// with --json an array of {keyword, growth, volume} ordered by growth, most rising first (most
// falling first with --falling). Bad rows are FILE:LINE: cause and exit 2.
#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

test::CommandResult cli(const test::TempDir& dir, const std::string& args) {
  return test::runCommand(test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                          test::shellQuote((dir / "c.db").string()) + " " + args);
}

std::string fileArg(const std::filesystem::path& path) { return test::shellQuote(path.string()); }

// Two windows of 7 days ending 2024-03-14 (the newest day): previous 03-01..03-07, recent 03-08..03-14.
const char* kTwoWeeks =
    "date,keyword,value\n"
    "2024-03-02,green tea,100\n2024-03-09,green tea,150\n"       // (150 - 100) / 100 = 0.5
    "2024-03-02,skillet,200\n2024-03-10,skillet,50\n"            // (50 - 200) / 200 = -0.75
    "2024-03-03,camping,40\n2024-03-11,camping,80\n"             // (80 - 40) / max(40, 50) = 0.8
    "2024-03-04,candle,1\n2024-03-14,candle,3\n"                 // under 50 in both: left out
    "2024-03-05,earbuds,60\n2024-03-12,earbuds,60.5\n";          // 0.5 / 60 = 0.0083

}  // namespace

TEST_CASE("cli trends top --json: exactly {keyword, growth, volume}, most rising first; --falling reverses") {
  test::TempDir dir;
  test::writeFile(dir / "t.csv", kTwoWeeks);
  auto imported = cli(dir, "trends import " + fileArg(dir / "t.csv"));
  REQUIRE(imported.exitCode == 0);
  CHECK(imported.out == "imported 10 points of 5 keywords (2024-03-02 to 2024-03-14) from t.csv as generic\n");
  CHECK(imported.err.empty());

  auto top = cli(dir, "trends top --window-days 7 --json");
  REQUIRE(top.exitCode == 0);
  CHECK(top.err.empty());
  const Json rising = Json::parse(top.out);
  REQUIRE(rising.is_array());
  REQUIRE(rising.size() == 4);
  for (const Json& entry : rising) {
    CHECK(entry.size() == 3);
    CHECK(entry["keyword"].is_string());
    CHECK(entry["growth"].is_number());
    CHECK(entry["volume"].is_number());
  }
  CHECK(rising[0] == Json({{"keyword", "camping"}, {"growth", 0.8}, {"volume", 80}}));
  CHECK(rising[1] == Json({{"keyword", "green tea"}, {"growth", 0.5}, {"volume", 150}}));
  CHECK(rising[2] == Json({{"keyword", "earbuds"}, {"growth", 0.0083}, {"volume", 60.5}}));
  CHECK(rising[3] == Json({{"keyword", "skillet"}, {"growth", -0.75}, {"volume", 50}}));

  auto falling = cli(dir, "trends top --window-days 7 --falling --json");
  REQUIRE(falling.exitCode == 0);
  const Json down = Json::parse(falling.out);
  REQUIRE(down.size() == 4);
  CHECK(down[0]["keyword"] == "skillet");
  CHECK(down[3]["keyword"] == "camping");

  // A lower minimum volume lets the candle in: (3 - 1) / max(1, 2) = 1.0, above camping's (80 - 40) / 40.
  auto small = cli(dir, "trends top --window-days 7 --min-volume 2 --json");
  REQUIRE(small.exitCode == 0);
  const Json all = Json::parse(small.out);
  REQUIRE(all.size() == 5);
  CHECK(all[0]["keyword"] == "camping");
  CHECK(all[0]["growth"] == 1.0);
  CHECK(all[1]["keyword"] == "candle");
  CHECK(all[1]["growth"] == 1.0);  // the tie goes to the bigger volume

  // The default window (28 days) puts everything in the recent one: growth (v - 0) / max(0, 50);
  // green tea and skillet both have 250: the same growth and volume, so by name.
  auto wide = cli(dir, "trends top --json");
  REQUIRE(wide.exitCode == 0);
  const Json defaults = Json::parse(wide.out);
  REQUIRE(defaults.size() == 4);
  CHECK(defaults[0] == Json({{"keyword", "green tea"}, {"growth", 5.0}, {"volume", 250}}));  // ties: by name
  CHECK(defaults[1] == Json({{"keyword", "skillet"}, {"growth", 5.0}, {"volume", 250}}));
}

TEST_CASE("cli trends top: text with the forecast, an empty store, and bad options") {
  test::TempDir dir;
  auto empty = cli(dir, "trends top --json");
  REQUIRE(empty.exitCode == 0);
  CHECK(Json::parse(empty.out) == Json::array());
  auto emptyText = cli(dir, "trends top");
  REQUIRE(emptyText.exitCode == 0);
  CHECK(emptyText.out == "no keyword trends yet: import some with copydesk-cli trends import FILE\n");

  test::writeFile(dir / "w.csv", "Week,tea: (Worldwide)\n2024-01-07,10\n2024-01-14,12\n2024-01-21,14\n2024-01-28,16\n");
  REQUIRE(cli(dir, "trends import " + fileArg(dir / "w.csv")).exitCode == 0);
  auto text = cli(dir, "trends top --window-days 14 --min-volume 1");
  REQUIRE(text.exitCode == 0);
  // Recent 01-15..01-28: 14 + 16 = 30; previous 01-01..01-14: 10 + 12 = 22; (30 - 22) / 22 = +36.4%.
  // The line 10, 12, 14, 16 a week goes on to 18 on 02-04, with no spread.
  CHECK(text.out ==
        "+36.4%  tea  volume 30 (before 22)  next 2024-02-04: 18 [18, 18]\n"
        "1 keyword, 2024-01-15 to 2024-01-28 against the 14 days before; next: a straight line's forecast with its "
        "80% interval\n");

  auto badWindow = cli(dir, "trends top --window-days 0");
  CHECK(badWindow.exitCode == 2);
  CHECK(badWindow.err == "--window-days: the window must be at least 1 day (not 0)\n");
  auto badVolume = cli(dir, "trends top --min-volume 0");
  CHECK(badVolume.exitCode == 2);
  CHECK(badVolume.err == "--min-volume: the minimum volume must be above 0\n");
  CHECK(cli(dir, "trends").exitCode == 2);  // a subcommand is required
}

TEST_CASE("cli trends import: bad rows are FILE:LINE: cause, exit 2, nothing stored; a missing file") {
  test::TempDir dir;
  test::writeFile(dir / "bad.csv", "date,keyword,value\n2024-03-01,tea,4\n03/02/2024,tea,5\n");
  auto bad = cli(dir, "trends import " + fileArg(dir / "bad.csv"));
  CHECK(bad.exitCode == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err == (dir / "bad.csv").string() +
                       ":3: \"03/02/2024\" is not a date (write dates as YYYY-MM-DD; day-first and month-first dates "
                       "cannot be told apart)\n");
  auto top = cli(dir, "trends top --min-volume 1 --json");
  REQUIRE(top.exitCode == 0);
  CHECK(Json::parse(top.out).empty());

  auto missing = cli(dir, "trends import " + fileArg(dir / "nope.csv"));
  CHECK(missing.exitCode != 0);
  CHECK(missing.err.find("nope.csv") != std::string::npos);
}

TEST_CASE("cli trends: the shipped sample for the sample catalog's keywords imports and ranks") {
  test::TempDir dir;
  auto imported = cli(dir, "trends import " + fileArg(test::sourceDir() / "resources/trends/sample_trends.csv"));
  REQUIRE(imported.exitCode == 0);
  CHECK(imported.out ==
        "imported 256 points of 16 keywords (2025-12-15 to 2026-03-30) from sample_trends.csv as generic\n");
  auto top = cli(dir, "trends top --json");
  REQUIRE(top.exitCode == 0);
  const Json ranked = Json::parse(top.out);
  REQUIRE(ranked.size() == 15);  // lavender soap stays under the minimum volume
  CHECK(ranked.front()["keyword"] == "明前龙井");
  CHECK(ranked.back()["keyword"] == "羽绒服");
  for (std::size_t i = 1; i < ranked.size(); ++i) CHECK(ranked[i - 1]["growth"] >= ranked[i]["growth"]);
}

TEST_CASE("cli trends import --encoding gb18030: a Chinese shop's report saved by Excel") {
  test::TempDir dir;
  // 日期,搜索词,搜索次数 / 2024-03-01,龙井,88 in GB18030 (the literal breaks keep hex escapes from
  // swallowing the digits after them).
  test::writeFile(dir / "gbk.csv",
                  "\xc8\xd5\xc6\xda,\xcb\xd1\xcb\xf7\xb4\xca,\xcb\xd1\xcb\xf7\xb4\xce\xca\xfd\n"
                  "2024-03-01,\xc1\xfa\xbe\xae,88\n");
  auto utf8 = cli(dir, "trends import " + fileArg(dir / "gbk.csv"));
  CHECK(utf8.exitCode == 2);
  CHECK(utf8.err.find("invalid UTF-8 (try --encoding gb18030)") != std::string::npos);
  auto gbk = cli(dir, "trends import --encoding gb18030 " + fileArg(dir / "gbk.csv"));
  REQUIRE(gbk.exitCode == 0);
  CHECK(gbk.out == "imported 1 point of 1 keyword (2024-03-01 to 2024-03-01) from gbk.csv as search-report\n");
  auto top = cli(dir, "trends top --min-volume 1 --json");
  REQUIRE(top.exitCode == 0);
  CHECK(Json::parse(top.out) == Json::parse(R"([{"keyword": "龙井", "growth": 88.0, "volume": 88}])"));
}
