// The store's SQL where SQLite and PostgreSQL differ (core/store/sql_dialect.h and the searches):
// each case runs the same calls on a SQLite file and on a PostgreSQL database side by side and
// requires the same answer from both, and the answer SQLite has always given. The PostgreSQL
// database sorts text as en-US does (ICU), so any ORDER BY left to the database's collation shows.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/seed/seed_if_empty.h"
#include "core/store/batch_store.h"
#include "core/store/draft_store.h"
#include "core/store/export_store.h"
#include "core/store/generation_store.h"
#include "core/store/history_feed.h"
#include "core/store/product_list_row.h"
#include "core/store/product_store.h"
#include "core/store/product_titles.h"
#include "core/store/search_index_step.h"
#include "core/store/review_filter_choices.h"
#include "core/store/store_backup.h"
#include "core/store/template_store.h"
#include "core/store/unsaved_copy_journal.h"
#include "tests/support/pg_connection.h"
#include "tests/support/pg_connection_string.h"
#include "tests/support/postgres_test_database.h"
#include "tests/support/postgres_test_server.h"
#include "tests/support/result_string_maker.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using namespace copydesk::test;

namespace {

// A database whose default collation is ICU's en-US: "apple" < "Banana" < "Ärger" < "zebra" there,
// where SQLite (and byte order) says "Banana" < "apple" < "zebra" < "Ärger".
PostgresTestDatabase createEnglishCollatedDatabase() {
  static int counter = 0;
  const std::string server = PostgresTestServer::instance().connectionString();
  const std::string name = "copydesk_dialect_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  PgConnection(withDatabase(server, "postgres"))
      .execute("CREATE DATABASE \"" + name +
               "\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'");
  return PostgresTestDatabase(server, name);
}

// The value of a Result as a value of its own (a range-for over a temporary Result's value() would
// read a destroyed Result), or the test fails with the error.
template <class T>
T take(Result<T> result) {
  if (!result) FAIL(result.error().message);
  return std::move(result).value();
}

struct TwoStores {
  TempDir dir;
  PostgresTestDatabase pgDatabase = createEnglishCollatedDatabase();
  std::unique_ptr<Database> sqlite = Database::open(dir / "store.db").value();
  std::unique_ptr<Database> pg = Database::open(pgDatabase.connectionString()).value();

  // Runs `f` on each store; returns {SQLite's answer, PostgreSQL's answer}.
  template <class F>
  auto both(F f) {
    return std::make_pair(f(*sqlite), f(*pg));
  }
};

std::int64_t addProduct(Database& db, const std::string& sku, const std::string& title, const std::string& description,
                        const std::string& category, std::vector<std::string> tags) {
  Product p;
  p.sku = sku;
  p.title = title;
  p.description = description;
  p.category = category;
  p.tags = std::move(tags);
  return ProductStore(db).upsert(p).value().id;
}

void addCatalog(Database& db) {
  addProduct(db, "TEA-LJ-001", "西湖龙井绿茶 Longjing", "Bean-flower aroma, 250 g", "Tea", {"Gift", "绿茶"});
  addProduct(db, "cof-002", "Coffee beans", "Dark roast, 100% arabica", "coffee", {"gift"});
  addProduct(db, "SHOE-3", "Trail red", "shoe for hills; a_b sole", "Ärger", {"zebra"});
  addProduct(db, "_under", "Ärmel wear", "Ölkanne", "Banana", {});
  addProduct(db, "apple-5", "Apple crisp", "", "apple", {"Apple", "apple"});
}

std::vector<std::string> skus(Database& db, const ProductQuery& query) {
  std::vector<std::string> found;
  for (const Product& p : take(ProductStore(db).list(query))) found.push_back(p.sku);
  return found;
}

}  // namespace

TEST_CASE("Dialect: product search, filters, categories and tags agree on SQLite and PostgreSQL", "[postgres]") {
  TwoStores stores;
  addCatalog(*stores.sqlite);
  addCatalog(*stores.pg);
  auto search = [&](const std::string& text) {
    auto [onSqlite, onPg] = stores.both([&](Database& db) { return skus(db, {.search = text}); });
    INFO("search '" << text << "'");
    CHECK(onSqlite == onPg);
    return onPg;
  };
  CHECK(search("COFFEE") == std::vector<std::string>{"cof-002"});     // case ignored
  CHECK(search("龙井绿") == std::vector<std::string>{"TEA-LJ-001"});  // Chinese through the trigram index
  CHECK(search("bean-FLOWER") == std::vector<std::string>{"TEA-LJ-001"});
  CHECK(search("茶") == std::vector<std::string>{"TEA-LJ-001"});      // one character: titles and the like
  CHECK(search("ea") == std::vector<std::string>{"TEA-LJ-001", "cof-002", "_under"});
  CHECK(search("0% a") == std::vector<std::string>{"cof-002"});
  CHECK(search("0%a").empty());  // '%' and '_' are literal in a search
  CHECK(search("a_b") == std::vector<std::string>{"SHOE-3"});
  CHECK(search("axb").empty());
  CHECK(search("red shoe").empty());  // "Trail red" + "shoe for…": no match across two columns
  CHECK(search("\"Gift\"") == std::vector<std::string>{"TEA-LJ-001", "cof-002"});  // the tags' JSON text
  search("ärmel");                    // non-ASCII capitals: the same on both (FTS5 and ILIKE fold them)
  search("_");                        // short searches keep SQLite's plain LIKE

  auto filtered = [&](const ProductQuery& query) {
    auto [onSqlite, onPg] = stores.both([&](Database& db) { return skus(db, query); });
    CHECK(onSqlite == onPg);
    return onPg;
  };
  CHECK(filtered({.category = "Banana"}) == std::vector<std::string>{"_under"});
  CHECK(filtered({.category = "banana"}).empty());
  CHECK(filtered({.tag = "gift"}) == std::vector<std::string>{"cof-002"});
  CHECK(filtered({.tag = "Gift"}) == std::vector<std::string>{"TEA-LJ-001"});
  CHECK(filtered({.search = "bean", .tag = "gift"}) == std::vector<std::string>{"cof-002"});
  CHECK(filtered({.limit = 2, .offset = 1}) == std::vector<std::string>{"cof-002", "SHOE-3"});
  CHECK(filtered({.limit = -1, .offset = 3}) == std::vector<std::string>{"_under", "apple-5"});

  auto counts = stores.both([](Database& db) { return ProductStore(db).count({.search = "ea"}).value(); });
  CHECK(counts.first == 3);
  CHECK(counts.second == 3);
  auto categories = stores.both([](Database& db) { return ProductStore(db).categories().value(); });
  CHECK(categories.first == std::vector<std::string>{"Banana", "Tea", "apple", "coffee", "Ärger"});
  CHECK(categories.second == categories.first);
  auto tags = stores.both([](Database& db) { return ProductStore(db).tags().value(); });
  CHECK(tags.first == std::vector<std::string>{"Apple", "Gift", "apple", "gift", "zebra", "绿茶"});
  CHECK(tags.second == tags.first);
}

TEST_CASE("Dialect: drafts, id lists, lists of names and the history agree on SQLite and PostgreSQL", "[postgres]") {
  TwoStores stores;
  auto fill = [](Database& db) {
    addCatalog(db);
    PromptTemplate zeta{.name = "Zeta", .userPart = "u", .channel = "shopify"};
    PromptTemplate alpha{.name = "alpha", .userPart = "u", .channel = "amazon-title"};
    const auto zetaId = TemplateStore(db).save(zeta, "bob", "").value().id;
    TemplateStore(db).save(alpha, "Ann", "").value();
    DraftStore drafts(db);
    drafts.create({.productId = 1, .field = "title", .templateVersionId = zetaId, .text = "Crisp 龙井 copy", .author = "bob"})
        .value();
    drafts.create({.productId = 1, .field = "title", .text = "Second 100% take", .author = "Ann"}).value();
    drafts.create({.productId = 2, .field = "description", .text = "Dark and CRISP", .author = "émile"}).value();
    drafts.create({.productId = 4, .field = "title", .text = "xy", .author = "Ann"}).value();
    REQUIRE(drafts.setWorking(2));
    REQUIRE(drafts.setStatus(3, DraftStatus::Submitted));
    REQUIRE(drafts.editText(1, "Crisp 龙井 copy, edited", "bob"));
  };
  fill(*stores.sqlite);
  fill(*stores.pg);

  auto draftIds = [](Database& db, const DraftQuery& query) {
    std::vector<std::int64_t> ids;
    for (const Draft& d : take(DraftStore(db).list(query))) ids.push_back(d.id);
    CHECK(take(DraftStore(db).ids(query)) == ids);
    return ids;
  };
  for (const DraftQuery& query : {DraftQuery{.search = "crisp"}, DraftQuery{.search = "龙井"}, DraftQuery{.search = "0% t"},
                                  DraftQuery{.search = "XY"}, DraftQuery{.status = DraftStatus::Submitted},
                                  DraftQuery{.field = "title", .author = "Ann"}, DraftQuery{.productId = 1, .limit = 1}}) {
    auto [onSqlite, onPg] = stores.both([&](Database& db) { return draftIds(db, query); });
    INFO("search '" << query.search << "'");
    CHECK(onSqlite == onPg);
    CHECK_FALSE(onPg.empty());
  }
  auto working = stores.both([](Database& db) {
    std::vector<bool> flags;
    for (const Draft& d : take(DraftStore(db).list({.productId = 1}))) flags.push_back(d.isWorking);
    return flags;
  });
  CHECK(working.first == std::vector<bool>{false, true});
  CHECK(working.second == working.first);
  auto withoutText = stores.both([](Database& db) {
    std::vector<std::pair<std::int64_t, std::string>> rows;
    for (const Draft& d : take(DraftStore(db).withoutText({4, 1, 3, 99}))) rows.emplace_back(d.id, d.sku + d.text);
    return rows;
  });
  CHECK(withoutText.first == std::vector<std::pair<std::int64_t, std::string>>{{1, "TEA-LJ-001"}, {3, "cof-002"}, {4, "_under"}});
  CHECK(withoutText.second == withoutText.first);

  const std::vector<std::int64_t> ids = {5, 1, 2, 42};
  auto titles = stores.both([&](Database& db) { return take(productTitles(db, ids)); });
  CHECK(titles.first.size() == 3);
  CHECK(titles.second == titles.first);
  auto rows = stores.both([&](Database& db) {
    std::vector<std::tuple<std::int64_t, std::string, int>> out;
    for (const ProductListRow& r : take(loadProductListRows(db, ids))) out.emplace_back(r.id, r.sku, static_cast<int>(r.status));
    return out;
  });
  CHECK(rows.second == rows.first);
  CHECK(std::get<2>(rows.first[1]) == static_cast<int>(CopyStatus::Draft));
  CHECK(std::get<2>(rows.first[2]) == static_cast<int>(CopyStatus::InReview));

  auto choices = stores.both([](Database& db) {
    const ReviewFilterChoices c = take(loadReviewFilterChoices(db));
    return std::vector<std::vector<std::string>>{c.templates, c.channels, c.writers};
  });
  CHECK(choices.first[0] == std::vector<std::string>{"Zeta", "alpha"});
  CHECK(choices.first[1] == std::vector<std::string>{"amazon-title", "shopify"});
  CHECK(choices.first[2] == std::vector<std::string>{"Ann", "bob", "émile"});
  CHECK(choices.second == choices.first);
  auto latest = stores.both([](Database& db) {
    std::vector<std::string> names;
    for (const TemplateVersion& v : take(TemplateStore(db).listLatest())) names.push_back(v.prompt.name);
    return names;
  });
  CHECK(latest.first == std::vector<std::string>{"Zeta", "alpha"});
  CHECK(latest.second == latest.first);

  auto history = stores.both([](Database& db) {
    std::vector<std::pair<int, std::int64_t>> entries;
    for (const HistoryEntry& e : take(listHistory(db, {.search = "CRISP"}))) {
      entries.emplace_back(static_cast<int>(e.kind), e.id);
    }
    return entries;
  });
  CHECK(history.first.size() == 3);  // draft 1's two texts and draft 3's
  CHECK(history.second == history.first);
  auto forProduct = stores.both([](Database& db) { return take(listHistory(db, {.productId = 1, .limit = 2})).size(); });
  CHECK(forProduct.first == 2);
  CHECK(forProduct.second == 2);
}

TEST_CASE("Dialect: real numbers, JSON fields, export items and the journal's order agree", "[postgres]") {
  TwoStores stores;
  const std::vector<double> awkward = {0.1 + 0.2, 1.0 / 3.0, 1e-300, 123456.789, 0.00049,
                                       std::numeric_limits<double>::max(), std::nextafter(0.7, 1.0)};
  auto fill = [&](Database& db) {
    addCatalog(db);
    GenerationStore generations(db);
    for (double cost : awkward) {
      generations.insert({.productId = 1, .field = "title", .provider = "p", .model = "m", .cost = cost}).value();
    }
    PromptTemplate prompt{.name = "t", .userPart = "u"};
    prompt.defaults.temperature = 0.1 + 0.2;
    TemplateStore(db).save(prompt, "a", "").value();
  };
  fill(*stores.sqlite);
  fill(*stores.pg);
  auto costs = stores.both([](Database& db) {
    std::vector<double> out;
    for (const Generation& g : take(GenerationStore(db).list())) out.push_back(g.cost.value_or(-1));
    return out;
  });
  CHECK(costs.first == awkward);  // bit for bit
  CHECK(costs.second == awkward);
  auto temperature = stores.both([](Database& db) { return *TemplateStore(db).latest("t").value()->prompt.defaults.temperature; });
  CHECK(temperature.first == 0.1 + 0.2);
  CHECK(temperature.second == 0.1 + 0.2);

  auto resumed = stores.both([](Database& db) {
    BatchStore batches(db);
    batches.create(std::nullopt, "title", Json{{"resume_key", "k1"}}).value();
    const auto second = batches.create(std::nullopt, "title", Json{{"resume_key", "k1"}, {"n", 2}}).value().id;
    batches.create(std::nullopt, "title", Json{{"resume_key", "k2"}}).value();
    REQUIRE(batches.setStatus(second, kBatchCompleted));
    return std::make_pair(batches.latestWithKey("k1").value()->id, batches.latestUnfinished("k1").value()->id);
  });
  CHECK(resumed.first == std::make_pair(std::int64_t{2}, std::int64_t{1}));
  CHECK(resumed.second == resumed.first);

  auto items = stores.both([](Database& db) {
    DraftStore drafts(db);
    for (int i = 0; i < 3; ++i) drafts.create({.productId = 1, .field = "f" + std::to_string(i), .text = "t"}).value();
    const auto id = ExportStore(db).record({.layout = "generic", .path = "x.csv", .mode = "upload", .author = "a"}, {3, 1, 3, 2}).value();
    return ExportStore(db).items(id).value();
  });
  CHECK(items.first == std::vector<std::int64_t>{1, 2, 3});  // a repeated id is recorded once
  CHECK(items.second == items.first);

  auto journal = stores.both([](Database& db) {
    UnsavedCopyJournal own(db, "owner-1");
    REQUIRE(own.put(UnsavedCopyKey::templateParts(1), encodeTemplateParts({"s", "u"})));
    REQUIRE(own.put(UnsavedCopyKey::copy(5, "title", 0), "apple text"));
    REQUIRE(own.put(UnsavedCopyKey::copy(3, "title", 0), "shoe text"));
    REQUIRE(own.put(UnsavedCopyKey::copy(1, "title", 0), "tea text"));
    REQUIRE(own.put(UnsavedCopyKey::copy(1, "title", 0), "tea text again"));  // the same row, replaced
    std::vector<std::string> order;
    for (const UnsavedCopy& row : take(own.all())) order.push_back(row.sku + ":" + row.text.substr(0, 5));
    return order;
  });
  CHECK(journal.first == std::vector<std::string>{"SHOE-3:shoe ", "TEA-LJ-001:tea t", "apple-5:apple", ":{\"sys"});
  CHECK(journal.second == journal.first);
}

TEST_CASE("Dialect: the search index steps have nothing to do on PostgreSQL; a backup names pg_dump", "[postgres]") {
  TwoStores stores;
  addCatalog(*stores.pg);
  DraftStore(*stores.pg).create({.productId = 1, .field = "title", .batchId = std::nullopt, .text = "t"}).value();
  auto step = indexSearchStep(*stores.pg);
  REQUIRE(step);
  CHECK(step->indexed() == 0);
  CHECK(step->last());
  CHECK(rowsWaitingForSearchIndex(*stores.pg).value() == 0);
  auto backup = backupStore(*stores.pg, stores.dir / "copy.db", false);
  REQUIRE_FALSE(backup);
  CHECK(backup.error().id == "backup.team-store");
  CHECK_FALSE(std::filesystem::exists(stores.dir / "copy.db"));
}

TEST_CASE("Dialect: the first-run seed (an import inside the seed's transaction) fills a PostgreSQL store as a SQLite one", "[postgres]") {
  TwoStores stores;
  auto seeded = stores.both([](Database& db) { return take(seedIfEmpty(db, sourceDir() / "resources")); });
  CHECK(seeded.first.seeded);
  CHECK(seeded.second.seeded);
  CHECK(seeded.second.products == seeded.first.products);
  CHECK(seeded.second.variants == seeded.first.variants);
  CHECK(seeded.second.templates == seeded.first.templates);
  auto products = stores.both([](Database& db) { return skus(db, {.search = "绿茶"}); });
  CHECK_FALSE(products.first.empty());
  CHECK(products.second == products.first);
  auto again = stores.both([](Database& db) { return take(seedIfEmpty(db, sourceDir() / "resources")).seeded; });
  CHECK_FALSE(again.first);
  CHECK_FALSE(again.second);
}
