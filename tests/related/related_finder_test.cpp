// The related-products finder (issue 14): links first, then shared tags, the category and likeness
// (Chinese by character pairs), each with its reason, in an order that never changes; the writer's
// kept choice. Runs on both backends: the candidates come from each store's own indexes.
#include <catch2/catch.hpp>

#include "core/related/related_finder.h"
#include "core/related/related_selection.h"
#include "core/store/product_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

struct Row {
  const char* sku;
  const char* title;
  const char* category;
  std::vector<std::string> tags;
  std::vector<ProductLink> links;
};

void seed(Database& db, const std::vector<Row>& rows) {
  ProductStore store(db);
  for (const Row& row : rows) {
    Product p;
    p.sku = row.sku;
    p.title = row.title;
    p.category = row.category;
    p.tags = row.tags;
    p.links = row.links;
    REQUIRE(store.upsert(p));
  }
}

// "SKU reason" per related product, in order.
std::vector<std::string> listed(const std::vector<RelatedProduct>& related) {
  std::vector<std::string> out;
  for (const RelatedProduct& r : related) out.push_back(r.product.sku + " " + std::string(reasonName(r.reason)));
  return out;
}

std::vector<std::string> find(Database& db, const std::string& sku, std::size_t limit = 10) {
  auto found = RelatedFinder(db).find(sku, {.limit = limit});
  REQUIRE(found);
  return listed(*found);
}

const std::vector<Row> kTeaShop = {
    {"TEA-LJ", "西湖龙井绿茶 明前特级", "茶叶 > 绿茶", {"绿茶", "明前"},
     {{LinkKind::Upsell, "TEA-LJ-GIFT"}, {LinkKind::CrossSell, "CUP-GLASS"}, {LinkKind::CrossSell, "NOT-YET"}}},
    {"TEA-LJ-GIFT", "龙井礼盒 500克", "茶叶 > 礼盒", {"礼盒"}, {}},
    {"CUP-GLASS", "双层玻璃茶杯", "茶具", {"玻璃"}, {}},
    {"TEA-MAO", "黄山毛峰", "茶叶 > 绿茶", {"毛峰"}, {}},
    {"TEA-BLR", "洞庭碧螺春", "茶叶 > 红茶", {"绿茶"}, {}},
    {"TEA-BAG", "龙井绿茶 袋泡茶", "茶包", {"袋泡"}, {}},
    {"SOCK", "Merino Hiking Socks", "Apparel", {"socks"}, {}},
};

}  // namespace

TEST_CASE("related: links, then shared tags, the category, and Chinese likeness, each with its reason") {
  test::TestStore store;
  auto db = store.openOrFail();
  seed(*db, kTeaShop);
  const std::vector<std::string> expected = {"TEA-LJ-GIFT upsell", "CUP-GLASS cross-sell", "TEA-BLR tag",
                                             "TEA-MAO category", "TEA-BAG similar"};
  CHECK(find(*db, "TEA-LJ") == expected);
  CHECK(find(*db, "TEA-LJ") == expected);  // the same order every time
  CHECK(find(*db, "TEA-LJ", 2) == std::vector<std::string>{"TEA-LJ-GIFT upsell", "CUP-GLASS cross-sell"});

  auto found = RelatedFinder(*db).find("TEA-LJ", {});
  REQUIRE(found);
  REQUIRE(found->size() == 5);
  CHECK((*found)[2].detail == "绿茶");           // the shared tag
  CHECK((*found)[3].detail == "茶叶 > 绿茶");    // the category
  CHECK((*found)[4].detail == "0.30");           // 龙井 井绿 绿茶 of 10 character pairs
  CHECK((*found)[1].product.title == "双层玻璃茶杯");

  // A link to a product imported later counts from then on.
  seed(*db, {{"NOT-YET", "Glass teapot", "茶具", {}, {}}});
  CHECK(find(*db, "TEA-LJ", 3) == std::vector<std::string>{"TEA-LJ-GIFT upsell", "CUP-GLASS cross-sell",
                                                           "NOT-YET cross-sell"});
  // Nothing in common, nothing alike: nothing related.
  CHECK(find(*db, "SOCK").empty());
}

TEST_CASE("related: a grouped product lists its members; a member lists its group and the other members") {
  test::TestStore store;
  auto db = store.openOrFail();
  seed(*db, {{"SET", "Logo Collection", "", {}, {{LinkKind::Grouped, "HOODIE"}, {LinkKind::Grouped, "TEE"},
                                                  {LinkKind::Grouped, "BEANIE"}}},
             {"HOODIE", "Hoodie with Logo", "", {}, {}},
             {"TEE", "T-Shirt", "", {}, {}},
             {"BEANIE", "Beanie", "", {}, {}}});
  CHECK(find(*db, "SET") == std::vector<std::string>{"HOODIE grouped", "TEE grouped", "BEANIE grouped"});
  CHECK(find(*db, "TEE") == std::vector<std::string>{"SET grouped", "HOODIE grouped", "BEANIE grouped"});
}

TEST_CASE("related: an unknown SKU is named") {
  test::TestStore store;
  auto db = store.openOrFail();
  auto found = RelatedFinder(*db).find("NOPE", {});
  REQUIRE_FALSE(found);
  CHECK(found.error().id == "related.unknown-sku");
  CHECK(found.error().code == ErrorCode::NotFound);
}

TEST_CASE("related: a writer's kept choice replaces the finder's until it is reset") {
  test::TestStore store;
  auto db = store.openOrFail();
  seed(*db, kTeaShop);
  const Product tea = **ProductStore(*db).findBySku("TEA-LJ");
  RelatedSelector selector(*db);
  auto before = selector.forProduct(tea, 3);
  REQUIRE(before);
  CHECK_FALSE(before->chosen);
  CHECK(listed(before->items) == std::vector<std::string>{"TEA-LJ-GIFT upsell", "CUP-GLASS cross-sell", "TEA-BLR tag"});

  const auto items = RelatedSelector::edited(*before, {"SOCK", "TEA-LJ-GIFT"}, {"CUP-GLASS"});
  REQUIRE(selector.keep(tea, items, "Lin"));
  auto kept = selector.forProduct(tea, 3);
  REQUIRE(kept);
  CHECK(kept->chosen);
  CHECK(listed(kept->items) == std::vector<std::string>{"TEA-LJ-GIFT upsell", "TEA-BLR tag", "SOCK added"});
  CHECK(kept->items[1].detail == "绿茶");  // what a reason rests on is kept with it

  auto unknown = selector.keep(tea, {{"NOPE", "added"}}, "Lin");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().id == "related.unknown-sku");

  REQUIRE(selector.keep(tea, {}, "Lin"));  // none at all is a choice too
  auto none = selector.forProduct(tea, 3);
  REQUIRE(none);
  CHECK(none->chosen);
  CHECK(none->items.empty());

  REQUIRE(selector.reset(tea));
  auto again = selector.forProduct(tea, 3);
  REQUIRE(again);
  CHECK_FALSE(again->chosen);
  CHECK(listed(again->items) == listed(before->items));
}
