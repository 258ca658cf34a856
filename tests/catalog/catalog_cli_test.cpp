// The CLI contract that outside scripts rely on, checked against the real copydesk-cli binary.
#include <catch2/catch.hpp>

#include "core/common/json.h"
#include "core/store/database.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

namespace {

struct Cli {
  test::TempDir dir;
  std::filesystem::path db = dir / "catalog.db";

  test::CommandResult run(const std::string& args) const {
    return test::runCommand(test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                            test::shellQuote(db.string()) + " " + args);
  }
  // cd into the temp folder first, so that messages name files as typed.
  test::CommandResult runIn(const std::string& args) const {
    return test::runCommand("cd " + test::shellQuote(dir.path().string()) + " && " +
                            test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db catalog.db " + args);
  }
  std::int64_t count(const std::string& table) const {
    auto database = Database::open(db);
    REQUIRE(database);
    auto stmt = (*database)->prepare("SELECT count(*) FROM " + table);
    REQUIRE(stmt);
    REQUIRE(stmt->step());
    return stmt->integer(0);
  }
  Json products(const std::string& extra = {}) const {
    auto r = run("products --json" + extra);
    REQUIRE(r.exitCode == 0);
    return Json::parse(r.out);
  }
};

std::string sample(const std::string& name) { return test::shellQuote((test::sharedDir() / "samples" / name).string()); }

const Json* findSku(const Json& products, const std::string& sku) {
  for (const Json& p : products) {
    if (p["sku"] == sku) return &p;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("cli import: the Shopify sample, then a re-import that updates") {
  Cli cli;
  auto r = cli.run("import " + sample("shopify_product_template.csv"));
  REQUIRE(r.exitCode == 0);
  CHECK(r.out == "imported 3 products (3 new, 0 updated, 16 variants) from shopify_product_template.csv as shopify\n");
  CHECK(r.err.empty());

  const Json products = cli.products();
  REQUIRE(products.size() == 3);
  const Json* shirt = findSku(products, "example-shirt");
  const Json* jeans = findSku(products, "example-pants");
  const Json* hat = findSku(products, "example-hat");
  REQUIRE((shirt && jeans && hat));
  CHECK((*shirt)["variants"].size() == 12);
  CHECK((*jeans)["variants"].size() == 3);
  CHECK((*hat)["variants"].size() == 1);
  CHECK((*shirt)["title"] == "Example T-Shirt");
  CHECK((*shirt)["description"].get<std::string>().rfind("<p>This t-shirt", 0) == 0);
  CHECK_FALSE((*shirt)["attributes"].contains("Variant Grams"));  // a variant-level column
  CHECK((*shirt)["attributes"]["Published"] == "TRUE");

  auto again = cli.run("import " + sample("shopify_product_template.csv") + " --format shopify");
  REQUIRE(again.exitCode == 0);
  CHECK(again.out == "imported 3 products (0 new, 3 updated, 16 variants) from shopify_product_template.csv as shopify\n");
  CHECK(cli.count("products") == 3);
  CHECK(cli.count("variants") == 16);
}

TEST_CASE("cli import: the WooCommerce sample, variations on the right parents") {
  Cli cli;
  auto r = cli.run("import " + sample("woocommerce_sample_products.csv"));
  REQUIRE(r.exitCode == 0);
  CHECK(r.out == "imported 18 products (18 new, 0 updated, 7 variants) from woocommerce_sample_products.csv as woocommerce\n");
  const Json products = cli.products();
  REQUIRE(products.size() == 18);
  std::map<std::string, std::vector<std::string>> variantsByParent;
  for (const Json& p : products) {
    for (const Json& v : p["variants"]) variantsByParent[p["sku"]].push_back(v["sku"]);
  }
  CHECK(variantsByParent == std::map<std::string, std::vector<std::string>>{
                                {"woo-vneck-tee", {"woo-vneck-tee-red", "woo-vneck-tee-green", "woo-vneck-tee-blue"}},
                                {"woo-hoodie", {"woo-hoodie-red", "woo-hoodie-green", "woo-hoodie-blue", "woo-hoodie-blue-logo"}}});
  CHECK(findSku(products, "woo-vneck-tee-red") == nullptr);

  auto again = cli.run("import " + sample("woocommerce_sample_products.csv"));
  REQUIRE(again.exitCode == 0);
  CHECK(again.out == "imported 18 products (0 new, 18 updated, 7 variants) from woocommerce_sample_products.csv as woocommerce\n");
  CHECK(cli.count("products") == 18);
  CHECK(cli.count("variants") == 7);
}

TEST_CASE("cli import: bad files exit 2 with one FILE:LINE message and leave the database as it was") {
  Cli cli;
  REQUIRE(cli.run("import " + sample("shopify_product_template.csv")).exitCode == 0);
  const std::int64_t products = cli.count("products");
  const std::int64_t variants = cli.count("variants");
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"quote.csv", "sku,title\nN1,New\nN2,\"open\nN3,x\n", "quote.csv:3: unterminated quoted field (a '\"' is never closed)\n"},
      {"bytes.csv", "sku,title\nN1,New\n\nN2,\xC3\x28\n", "bytes.csv:4: invalid UTF-8 (try --encoding gb18030)\n"},
      {"empty.csv", "", "empty.csv: the file is empty\n"},
      {"garbage.bin", std::string("\x7F" "ELF\0\0\0\x01\x02", 9), "garbage.bin:1: binary data (a NUL byte), not a text file\n"},
      {"nokey.csv", "colour,size\nred,M\n",
       "nokey.csv: no column holds the SKU or handle (expected a header such as sku, handle, 货号 or 编码)\n"},
  };
  for (const auto& [name, bytes, message] : cases) {
    INFO(name);
    test::writeFile(cli.dir / name, bytes);
    auto r = cli.runIn("import " + name);
    CHECK(r.exitCode == 2);
    CHECK(r.err == message);
    CHECK(r.out.empty());
    CHECK(cli.count("products") == products);
    CHECK(cli.count("variants") == variants);
  }
  auto missing = cli.runIn("import missing.csv");
  CHECK(missing.exitCode == 2);
  CHECK(missing.err == "missing.csv: cannot open: No such file or directory\n");
  auto badFormat = cli.runIn("import quote.csv --format xml");
  CHECK(badFormat.exitCode == 2);
}

TEST_CASE("cli import: GB18030 with Chinese text, searched and printed byte for byte") {
  Cli cli;
  const std::string utf8 = "货号,商品名称,描述,品牌\nCHA-001,西湖龙井 明前特级,\"豆花香,鲜爽回甘\",山岚茶舍\nCHA-002,正山小种红茶,松烟香,山岚茶舍\n";
  // The fixture was made with iconv -t GB18030 from the same text.
  const std::string gb = test::readFile(test::sourceDir() / "tests" / "catalog" / "fixtures" / "tea_gb18030.csv");
  REQUIRE(gb != utf8);
  test::writeFile(cli.dir / "tea.csv", gb);
  auto wrong = cli.runIn("import tea.csv");
  CHECK(wrong.exitCode == 2);
  CHECK(wrong.err.rfind("tea.csv:1: invalid UTF-8", 0) == 0);
  auto r = cli.runIn("import tea.csv --encoding gb18030");
  REQUIRE(r.exitCode == 0);
  CHECK(r.out == "imported 2 products (2 new, 0 updated, 0 variants) from tea.csv as generic\n");

  const Json found = cli.products(" --search " + test::shellQuote("明前特级"));
  REQUIRE(found.size() == 1);
  CHECK(found[0]["sku"] == "CHA-001");
  CHECK(found[0]["title"] == "西湖龙井 明前特级");
  CHECK(found[0]["description"] == "豆花香,鲜爽回甘");
  CHECK(found[0]["brand"] == "山岚茶舍");

  auto table = cli.run("products --search " + test::shellQuote("小种红茶"));
  REQUIRE(table.exitCode == 0);
  CHECK(table.out.find("CHA-002") != std::string::npos);
  CHECK(table.out.find("正山小种红茶") != std::string::npos);
  CHECK(table.out.find("CHA-001") == std::string::npos);
}

TEST_CASE("cli import: the bundled sample catalog as JSON") {
  Cli cli;
  auto r = cli.run("import " + test::shellQuote((test::sourceDir() / "resources" / "catalog" / "sample_products.json").string()));
  REQUIRE(r.exitCode == 0);
  CHECK(r.out.rfind("imported 30 products (30 new, 0 updated, ", 0) == 0);
  CHECK(r.out.find("from sample_products.json as json") != std::string::npos);
  const Json tents = cli.products(" --search " + test::shellQuote("超轻帐篷"));
  REQUIRE(tents.size() == 1);
  CHECK(tents[0]["sku"] == "OUT-TNT-002");
}
