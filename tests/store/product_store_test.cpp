#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/product_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

Product makeProduct(std::string sku, std::string title, std::string description = {}) {
  Product p;
  p.sku = std::move(sku);
  p.title = std::move(title);
  p.description = std::move(description);
  return p;
}

}  // namespace

TEST_CASE("products round-trip with variants, tags and attributes") {
  test::TestStore testStore("p.db");
  auto db = testStore.open();
  REQUIRE(db);
  ProductStore store(**db);

  Product p = makeProduct("jeans", "Ocean Blue Shirt", "<p>Soft cotton</p>");
  p.brand = "partners-demo";
  p.category = "Apparel";
  p.tags = {"men", "summer"};
  p.price = "50.00";
  p.attributes = Json{{"Material", "Cotton"}, {"面料", "棉"}};
  p.variants.push_back({"J-S", "S", "50.00", Json{{"Size", "S"}}, Json::object()});
  p.variants.push_back({"J-M", "M", "52.00", Json{{"Size", "M"}}, Json{{"Weight", "200g"}}});
  auto saved = store.upsert(p);
  REQUIRE(saved);
  CHECK(saved->inserted);

  auto loaded = store.findBySku("jeans");
  REQUIRE(loaded);
  REQUIRE(loaded->has_value());
  const Product& q = **loaded;
  CHECK(q.id == saved->id);
  CHECK(q.title == "Ocean Blue Shirt");
  CHECK(q.tags == std::vector<std::string>{"men", "summer"});
  CHECK(q.attributes["面料"] == "棉");
  REQUIRE(q.variants.size() == 2);
  CHECK(q.variants[1].sku == "J-M");
  CHECK(q.variants[1].options["Size"] == "M");
  CHECK(q.variants[1].attributes["Weight"] == "200g");
}

TEST_CASE("upserting the same SKU updates in place and keeps the drafts") {
  test::TestStore testStore("p.db");
  auto db = testStore.open();
  REQUIRE(db);
  ProductStore store(**db);
  auto first = store.upsert(makeProduct("tea", "Green tea"));
  REQUIRE(first);
  REQUIRE((*db)->exec("INSERT INTO drafts (product_id, field, text) VALUES (" + std::to_string(first->id) +
                      ", 'title', 'A written title')"));

  Product again = makeProduct("tea", "Green tea, spring harvest");
  again.variants.push_back({"tea-100g", "100 g", "9", Json::object(), Json::object()});
  auto second = store.upsert(again);
  REQUIRE(second);
  CHECK_FALSE(second->inserted);
  CHECK(second->id == first->id);
  CHECK(*store.count() == 1);
  CHECK((**store.findBySku("tea")).title == "Green tea, spring harvest");
  CHECK((**store.findBySku("tea")).variants.size() == 1);

  auto drafts = (*db)->prepare("SELECT text FROM drafts WHERE product_id = ?");
  REQUIRE(drafts);
  drafts->bind(1, first->id);
  REQUIRE(drafts->step());
  CHECK(drafts->text(0) == "A written title");
}

TEST_CASE("full-text search finds Chinese and English substrings, and follows updates") {
  test::TestStore testStore("p.db");
  auto db = testStore.open();
  REQUIRE(db);
  ProductStore store(**db);
  REQUIRE(store.upsert(makeProduct("tea", "西湖龙井绿茶", "明前手工炒制，豆香浓郁")));
  REQUIRE(store.upsert(makeProduct("mug", "Ceramic travel mug", "Keeps coffee hot for hours")));
  REQUIRE(store.upsert(makeProduct("pot", "紫砂茶壶", "宜兴原矿紫泥")));

  auto byTitle = store.list({.search = "龙井绿"});
  REQUIRE(byTitle);
  REQUIRE(byTitle->size() == 1);
  CHECK(byTitle->front().sku == "tea");

  auto byDescription = store.list({.search = "原矿紫泥"});
  REQUIRE(byDescription);
  REQUIRE(byDescription->size() == 1);
  CHECK(byDescription->front().sku == "pot");

  CHECK(store.list({.search = "COFFEE"})->size() == 1);  // case-insensitive
  CHECK(store.list({.search = "茶"})->size() == 2);      // short terms fall back to LIKE on titles
  CHECK(store.list({.search = "\"quoted\" OR"})->empty());  // search text is never FTS syntax

  REQUIRE(store.upsert(makeProduct("tea", "Silver needle white tea")));
  CHECK(store.list({.search = "龙井绿"})->empty());
  CHECK(store.list({.search = "needle"})->size() == 1);
  CHECK(*store.count({.search = "needle"}) == 1);
}

TEST_CASE("products filter by category and tag") {
  test::TestStore testStore("p.db");
  auto db = testStore.open();
  REQUIRE(db);
  ProductStore store(**db);
  Product a = makeProduct("a", "A");
  a.category = "Tea";
  a.tags = {"green", "spring"};
  Product b = makeProduct("b", "B");
  b.category = "Teaware";
  b.tags = {"clay"};
  REQUIRE(store.upsert(a));
  REQUIRE(store.upsert(b));
  CHECK(store.list({.category = "Tea"})->front().sku == "a");
  CHECK(store.list({.tag = "clay"})->front().sku == "b");
  CHECK(*store.categories() == std::vector<std::string>{"Tea", "Teaware"});
  CHECK(*store.tags() == std::vector<std::string>{"clay", "green", "spring"});
  auto ids = store.ids({.limit = 1, .offset = 1});
  REQUIRE(ids);
  CHECK(ids->size() == 1);
}

TEST_CASE("a product without a SKU is refused") {
  test::TestStore testStore("p.db");
  auto db = testStore.open();
  REQUIRE(db);
  ProductStore store(**db);
  auto saved = store.upsert(makeProduct("", "No key"));
  REQUIRE_FALSE(saved);
  CHECK(saved.error().code == ErrorCode::InvalidInput);
}

// A list reads variants and links a chunk of products per query: every product keeps its own, in
// order, across the chunks' edges, and products without any get none.
TEST_CASE("listing many products gives each its own variants and links, in order") {
  test::TestStore testStore("p.db");
  auto db = testStore.open();
  REQUIRE(db);
  ProductStore store(**db);
  constexpr int kProducts = 450;  // more than two chunks
  auto variantsOf = [](int i) {
    std::vector<Variant> variants;
    for (int v = 0; v < i % 4; ++v) {
      const std::string sku = "V" + std::to_string(i) + "-" + std::to_string(v);
      variants.push_back({sku, "size " + std::to_string(v), std::to_string(10 + v), Json{{"Size", v}}, Json::object()});
    }
    return variants;
  };
  auto linksOf = [](int i) {
    std::vector<ProductLink> links;
    if (i % 5 == 0) links.push_back({LinkKind::Upsell, "P" + std::to_string(i + 1)});
    if (i % 7 == 0) links.push_back({LinkKind::CrossSell, "P" + std::to_string(i + 2)});
    return links;
  };
  for (int i = 0; i < kProducts; ++i) {
    Product p = makeProduct("P" + std::to_string(i), "Product " + std::to_string(i));
    p.variants = variantsOf(i);
    p.links = linksOf(i);
    REQUIRE(store.upsert(p));
  }

  auto listed = store.list();
  REQUIRE(listed);
  REQUIRE(listed->size() == kProducts);
  for (int i = 0; i < kProducts; ++i) {
    const Product& p = (*listed)[i];
    INFO(p.sku);
    REQUIRE(p.sku == "P" + std::to_string(i));
    const auto expected = variantsOf(i);
    REQUIRE(p.variants.size() == expected.size());
    for (std::size_t v = 0; v < expected.size(); ++v) {
      CHECK(p.variants[v].sku == expected[v].sku);
      CHECK(p.variants[v].options == expected[v].options);
    }
    CHECK(p.links == linksOf(i));
  }
}
