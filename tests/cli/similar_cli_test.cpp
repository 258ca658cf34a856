// copydesk-cli similar: the near-duplicate pairs as text and as JSON ({a, b, similarity, passage},
// a draft by its id, a catalog description by its SKU), and exit 2 for a bad threshold.
#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

test::CommandResult cli(const test::TempDir& dir, const std::string& args) {
  return test::runCommand(test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                          test::shellQuote((dir / "c.db").string()) + " " + args);
}

const std::string kCopy =
    "Brewed in Yixing clay, this teapot holds 350 ml and pours without a drip, season after season, "
    "and the lid sits snug on its rim.";
const std::string kCup = "这款保温杯采用316不锈钢内胆，真空隔热，保冷保热长达12小时。杯盖一键弹开，单手即可饮用，"
                         "杯身磨砂手感，不易打滑，适合办公室、通勤和户外使用。";

// POT-1 and POT-2 describe the same pot; CUP-3's draft copies CUP-4's Chinese description with a new
// opening; KETTLE-5's draft is its own.
std::int64_t seed(const test::TempDir& dir) {
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  ProductStore products(**db);
  auto product = [&](const std::string& sku, const std::string& description) {
    Product p;
    p.sku = sku;
    p.title = sku;
    p.description = description;
    return products.upsert(p)->id;
  };
  product("POT-1", kCopy);
  product("POT-2", kCopy + " Gift boxed.");
  const std::int64_t cup = product("CUP-3", "");
  product("CUP-4", kCup);
  const std::int64_t kettle = product("KETTLE-5", "");
  DraftStore drafts(**db);
  const std::int64_t draft = drafts.create({.productId = cup, .field = "description", .text = "全新设计！" + kCup})->id;
  drafts.create({.productId = kettle, .field = "description",
                 .text = "A kettle that boils a litre in three minutes and switches itself off when the water is done."});
  return draft;
}

}  // namespace

TEST_CASE("cli similar --json: pairs name drafts by id and catalog descriptions by SKU") {
  test::TempDir dir;
  const std::int64_t draft = seed(dir);
  auto r = cli(dir, "similar --json");
  REQUIRE(r.exitCode == 0);
  CHECK(r.err.empty());
  const Json pairs = Json::parse(r.out);
  REQUIRE(pairs.is_array());
  REQUIRE(pairs.size() == 2);
  for (const Json& pair : pairs) {
    CHECK(pair.size() == 4);
    CHECK(pair["similarity"].get<double>() >= 0.7);
    CHECK(pair["similarity"].get<double>() <= 1.0);
  }
  // Most similar first: the cup's draft (a number) against CUP-4's description (a string).
  CHECK(pairs[0]["a"] == Json(draft));
  CHECK(pairs[0]["b"] == "CUP-4");
  CHECK(pairs[0]["passage"] == kCup.substr(0, kCup.size() - std::string("。").size()));
  CHECK(pairs[1]["a"] == "POT-1");
  CHECK(pairs[1]["b"] == "POT-2");
  CHECK(pairs[1]["passage"] == kCopy.substr(0, kCopy.size() - 1));

  auto strict = cli(dir, "similar --json --threshold 0.95");
  REQUIRE(strict.exitCode == 0);
  CHECK(Json::parse(strict.out).size() == 0);
  auto identical = cli(dir, "similar --json --threshold 1");  // 1 is allowed: identical texts only
  REQUIRE(identical.exitCode == 0);
  CHECK(Json::parse(identical.out).empty());
}

TEST_CASE("cli similar: one block per pair and a count") {
  test::TempDir dir;
  const std::int64_t draft = seed(dir);
  auto r = cli(dir, "similar");
  REQUIRE(r.exitCode == 0);
  CHECK(r.out.find("draft " + std::to_string(draft) + " (CUP-3, description)  ~  CUP-4 (catalog description)") !=
        std::string::npos);
  CHECK(r.out.find("POT-1 (catalog description)  ~  POT-2 (catalog description)") != std::string::npos);
  CHECK(r.out.find("      shared: \"Brewed in Yixing clay") != std::string::npos);
  CHECK(r.out.find("2 similar pairs at threshold 0.70\n") != std::string::npos);

  auto empty = cli(dir, "similar --threshold 0.99");
  REQUIRE(empty.exitCode == 0);
  CHECK(empty.out == "0 similar pairs at threshold 0.99\n");
}

TEST_CASE("cli similar: a threshold outside (0, 1] is bad input, exit 2") {
  test::TempDir dir;
  for (const std::string bad : {"0", "-0.3", "1.5", "abc", "nan"}) {
    INFO(bad);
    auto r = cli(dir, "similar --threshold " + bad);
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    CHECK_FALSE(r.err.empty());
  }
  auto help = cli(dir, "similar --help");
  CHECK(help.exitCode == 0);
  CHECK(help.out.find("--threshold") != std::string::npos);
}
