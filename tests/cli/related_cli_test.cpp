// copydesk-cli related (issue 14), the contract outside scripts rely on: --json is an array of
// {sku, reason}, reason one of upsell, cross-sell, grouped, tag, category, similar; readable lines
// without it; an unknown SKU and a bad --limit are exit 2 in words; the writer's choice (--add,
// --drop, --reset) is what render (and generate) use.
#include <catch2/catch.hpp>

#include <set>

#include "core/common/json.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

test::CommandResult cli(const test::TempDir& dir, const std::string& args) {
  return test::runCommand(test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                          test::shellQuote((dir / "c.db").string()) + " " + args);
}

void importSample(const test::TempDir& dir) {
  const auto sample = test::sourceDir() / "resources" / "catalog" / "sample_products.json";
  REQUIRE(cli(dir, "import " + test::shellQuote(sample.string())).exitCode == 0);
}

}  // namespace

TEST_CASE("cli related --json: {sku, reason} objects, the sample's links first") {
  test::TempDir dir;
  importSample(dir);
  auto r = cli(dir, "related TEA-LJ-001 --json --limit 6");
  REQUIRE(r.exitCode == 0);
  CHECK(r.err.empty());
  const Json related = Json::parse(r.out);
  REQUIRE(related.is_array());
  REQUIRE(related.size() == 4);  // all the sample relates it to
  const std::set<std::string> reasons = {"upsell", "cross-sell", "grouped", "tag", "category", "similar"};
  std::set<std::string> skus;
  for (const Json& item : related) {
    CHECK(item.size() == 2);
    CHECK(reasons.count(item.at("reason").get<std::string>()) == 1);
    CHECK(item.at("sku") != "TEA-LJ-001");
    skus.insert(item.at("sku").get<std::string>());
  }
  CHECK(skus.size() == 4);
  CHECK(related[0] == Json{{"sku", "TEA-BH-003"}, {"reason", "upsell"}});
  CHECK(related[1] == Json{{"sku", "TEA-SET-005"}, {"reason", "cross-sell"}});
  CHECK(related[2] == Json{{"sku", "KIT-JAR-005"}, {"reason", "cross-sell"}});
  // No other tea shares its tags or its category 茶叶 > 绿茶; the pu'er is under 茶叶 too.
  CHECK(related[3] == Json{{"sku", "TEA-PE-002"}, {"reason", "category"}});
  CHECK(cli(dir, "related TEA-LJ-001 --json --limit 6").out == r.out);  // the same every time

  auto limited = cli(dir, "related TEA-LJ-001 --json --limit 1");
  REQUIRE(limited.exitCode == 0);
  CHECK(Json::parse(limited.out) == Json::array({Json{{"sku", "TEA-BH-003"}, {"reason", "upsell"}}}));
}

TEST_CASE("cli related: readable lines, an unknown SKU and a bad limit in words") {
  test::TempDir dir;
  importSample(dir);
  auto r = cli(dir, "related TEA-LJ-001 --limit 2");
  REQUIRE(r.exitCode == 0);
  CHECK(r.out ==
        "TEA-BH-003  upsell  福鼎白毫银针 散茶\n"
        "TEA-SET-005  cross-sell  旅行功夫茶具套装 一壶四杯\n"
        "2 related products of TEA-LJ-001\n");

  auto unknown = cli(dir, "related NO-SUCH-SKU --json");
  CHECK(unknown.exitCode == 2);
  CHECK(unknown.out.empty());
  CHECK_THAT(unknown.err, Catch::Contains("the catalog has no product with SKU NO-SUCH-SKU"));

  auto zero = cli(dir, "related TEA-LJ-001 --limit 0");
  CHECK(zero.exitCode == 2);
  CHECK_THAT(zero.err, Catch::Contains("--limit"));
}

TEST_CASE("cli related --add/--drop keep a writer's choice, which render uses, until --reset") {
  test::TempDir dir;
  importSample(dir);
  auto kept = cli(dir, "related TEA-LJ-001 --limit 3 --drop TEA-SET-005 --add OUT-BTL-001 --json");
  REQUIRE(kept.exitCode == 0);
  CHECK(Json::parse(kept.out) == Json::parse(R"([{"sku": "TEA-BH-003", "reason": "upsell"},
      {"sku": "KIT-JAR-005", "reason": "cross-sell"}, {"sku": "OUT-BTL-001", "reason": "added"}])"));
  CHECK(cli(dir, "related TEA-LJ-001 --chosen --json").out == kept.out);
  // The finder's own list stays as it was: the contract's reasons only.
  CHECK(Json::parse(cli(dir, "related TEA-LJ-001 --limit 2 --json").out)[1]["sku"] == "TEA-SET-005");

  auto prompt = cli(dir, "render cross-sell-en --product TEA-LJ-001");
  REQUIRE(prompt.exitCode == 0);
  CHECK_THAT(prompt.out, Catch::Contains("- Insulated Steel Water Bottle, 750 ml") &&
                             Catch::Contains("(added)") && !Catch::Contains("旅行功夫茶具套装"));

  auto bad = cli(dir, "related TEA-LJ-001 --add NO-SUCH-SKU");
  CHECK(bad.exitCode == 2);
  CHECK_THAT(bad.err, Catch::Contains("NO-SUCH-SKU"));

  REQUIRE(cli(dir, "related TEA-LJ-001 --reset").exitCode == 0);
  CHECK_THAT(cli(dir, "render cross-sell-en --product TEA-LJ-001").out, Catch::Contains("旅行功夫茶具套装"));
}
