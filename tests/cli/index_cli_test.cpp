// copydesk-cli import leaves its products waiting for the search index (search finds them anyway);
// import --index and the index command build it.
#include <catch2/catch.hpp>

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

// Under a pseudo-terminal (util-linux `script`), as a person at a terminal runs it; stdout and
// stderr arrive together in out.
test::CommandResult cliAtTerminal(const test::TempDir& dir, const std::string& args) {
  const std::string command = test::shellQuote((test::binDir() / "copydesk-cli").string()) + " --db " +
                              test::shellQuote((dir / "c.db").string()) + " " + args;
  return test::runCommand("script -qec " + test::shellQuote(command) + " /dev/null");
}

// 60 products: every third titled in Chinese (保温杯), the others "Bamboo …".
std::string writeCatalog(const test::TempDir& dir) {
  std::string csv = "sku,title,description,brand,category,tags,price\n";
  for (int i = 1; i <= 60; ++i) {
    const std::string title = i % 3 == 0 ? "不锈钢保温杯 " + std::to_string(i) : "Bamboo board " + std::to_string(i);
    csv += "S-" + std::to_string(i) + "," + title + ",\"Made well, lasts long\",Acme,Kitchen,home," +
           std::to_string(i) + ".50\n";
  }
  test::writeFile(dir / "catalog.csv", csv);
  return test::shellQuote((dir / "catalog.csv").string());
}

const std::string kSummary = "imported 60 products (60 new, 0 updated, 0 variants) from catalog.csv as generic\n";

std::int64_t count(Database& db, const std::string& sql) {
  auto stmt = db.prepare(sql);
  REQUIRE(stmt);
  REQUIRE(stmt->step());
  return stmt->integer(0);
}

std::int64_t waitingProducts(const test::TempDir& dir) {
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  return count(**db, "SELECT count(*) FROM products_fts_pending");
}

bool indexIntact(const test::TempDir& dir) {
  auto db = Database::open(dir / "c.db");
  REQUIRE(db);
  return bool((*db)->exec("INSERT INTO products_fts(products_fts) VALUES ('integrity-check');"
                          "INSERT INTO drafts_fts(drafts_fts) VALUES ('integrity-check')"));
}

// How many products `products --search TEXT --json` finds.
size_t found(const test::TempDir& dir, const std::string& text) {
  auto r = cli(dir, "products --json --search " + test::shellQuote(text));
  REQUIRE(r.exitCode == 0);
  return Json::parse(r.out).size();
}

void checkSearches(const test::TempDir& dir) {
  CHECK(found(dir, "保温杯") == 20);
  CHECK(found(dir, "保温") == 20);  // two characters: shorter than a trigram
  CHECK(found(dir, "bamboo board") == 40);
  CHECK(found(dir, "不锈钢保温杯 42") == 1);
  CHECK(found(dir, "lasts long") == 60);
  CHECK(found(dir, "teapot") == 0);
}

}  // namespace

TEST_CASE("cli import: the products wait for the search index, and search finds them meanwhile") {
  test::TempDir dir;
  const std::string file = writeCatalog(dir);
  auto r = cli(dir, "import " + file);
  REQUIRE(r.exitCode == 0);
  CHECK(r.out == kSummary);
  CHECK(r.err.empty());  // not a terminal: scripts get the summary line and nothing else
  CHECK(waitingProducts(dir) == 60);
  checkSearches(dir);
  CHECK(indexIntact(dir));

  // A re-import of products still waiting keeps them waiting, found once each.
  auto again = cli(dir, "import " + file);
  REQUIRE(again.exitCode == 0);
  CHECK(again.out == "imported 60 products (0 new, 60 updated, 0 variants) from catalog.csv as generic\n");
  CHECK(waitingProducts(dir) == 60);
  checkSearches(dir);
}

TEST_CASE("cli import --index: the summary line alone, and nothing left waiting for the search index") {
  test::TempDir dir;
  auto r = cli(dir, "import --index " + writeCatalog(dir));
  REQUIRE(r.exitCode == 0);
  CHECK(r.out == kSummary);
  CHECK(r.err.empty());
  CHECK(waitingProducts(dir) == 0);
  CHECK(indexIntact(dir));
  checkSearches(dir);
}

TEST_CASE("cli index: indexes what imports and batches left waiting, then finds nothing to do") {
  test::TempDir dir;
  REQUIRE(cli(dir, "import " + writeCatalog(dir)).exitCode == 0);
  {
    // Two drafts a batch wrote wait for the drafts' index.
    auto db = Database::open(dir / "c.db");
    REQUIRE(db);
    REQUIRE((*db)->exec("INSERT INTO batches (id, field) VALUES (7, 'description')"));
    const auto product = ProductStore(**db).findBySku("S-3");
    REQUIRE(product);
    REQUIRE(product->has_value());
    DraftStore drafts(**db);
    NewDraft slot{.productId = (*product)->id, .field = "description", .batchId = 7, .model = "m"};
    slot.text = "明前龙井, spring leaf";
    REQUIRE(drafts.create(slot));
    slot.variant = 1;
    slot.text = "Silver needle";
    REQUIRE(drafts.create(slot));
    CHECK(count(**db, "SELECT count(*) FROM drafts_fts_pending") == 2);
  }

  auto r = cli(dir, "index");
  REQUIRE(r.exitCode == 0);
  CHECK(r.out == "indexed 60 products and 2 drafts for search\n");
  CHECK(r.err.empty());
  CHECK(waitingProducts(dir) == 0);
  {
    auto db = Database::open(dir / "c.db");
    REQUIRE(db);
    CHECK(count(**db, "SELECT count(*) FROM drafts_fts_pending") == 0);
    // Found through the index now: the trigram index matches the draft's text.
    CHECK(count(**db, "SELECT count(*) FROM drafts_fts WHERE drafts_fts MATCH '\"明前龙井\"'") == 1);
    CHECK(count(**db, "SELECT count(*) FROM products_fts WHERE products_fts MATCH '\"保温杯\"'") == 20);
  }
  CHECK(indexIntact(dir));
  checkSearches(dir);

  auto again = cli(dir, "index");
  REQUIRE(again.exitCode == 0);
  CHECK(again.out == "indexed 0 products and 0 drafts for search\n");
}

TEST_CASE("cli import at a terminal: one line says how the search index gets built") {
  test::TempDir dir;
  auto r = cliAtTerminal(dir, "import " + writeCatalog(dir));
  REQUIRE(r.exitCode == 0);
  CHECK(r.out.rfind(kSummary.substr(0, kSummary.size() - 1), 0) == 0);
  CHECK(r.out.find("Search finds the imported products already") != std::string::npos);
  CHECK(r.out.find("copydesk-cli --db " + (dir / "c.db").string() + " index") != std::string::npos);

  // With --index there is nothing to tell: the index is built (its progress line is erased).
  test::TempDir other;
  auto indexed = cliAtTerminal(other, "import --index " + writeCatalog(other));
  REQUIRE(indexed.exitCode == 0);
  CHECK(indexed.out.find("Search finds") == std::string::npos);
  CHECK(waitingProducts(other) == 0);
}

TEST_CASE("cli index --help and import --help describe the search index") {
  test::TempDir dir;
  auto help = cli(dir, "index --help");
  CHECK(help.exitCode == 0);
  CHECK(help.out.find("search index") != std::string::npos);
  auto importHelp = cli(dir, "import --help");
  CHECK(importHelp.exitCode == 0);
  CHECK(importHelp.out.find("--index") != std::string::npos);
}
