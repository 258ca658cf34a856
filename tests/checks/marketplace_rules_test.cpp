#include <catch2/catch.hpp>

#include "core/store/product.h"
#include "tests/checks/rule_test_support.h"

using namespace copydesk;
using copydesk::test::checkShipped;
using Spans = std::vector<std::string>;

TEST_CASE("forbidden characters in an Amazon title, each run once; not in a description or without the channel") {
  const std::string title = "Green Tea!!! Only $5? {Fresh}";
  auto c = checkShipped(title, {.field = "title", .channel = "amazon-title"});
  CHECK(c.spans("marketplace.forbidden-chars") == Spans{"!!!", "$", "?", "{", "}"});
  CHECK(c.of("marketplace.forbidden-chars").at(0).args == Spans{"!!!"});
  CHECK_FALSE(checkShipped(title, {.field = "description", .channel = "amazon-description"}).fires("marketplace.forbidden-chars"));
  CHECK_FALSE(checkShipped(title, {.field = "title"}).fires("marketplace.forbidden-chars"));
}

TEST_CASE("Taobao titles may not hold half-width angle brackets; Amazon's characters are fine there") {
  auto c = checkShipped("<新品>西湖龙井 250g 礼盒装!", {.field = "title", .channel = "taobao-title"});
  CHECK(c.spans("marketplace.forbidden-chars") == Spans{"<", ">"});
}

TEST_CASE("promotional phrases in any English field, case-insensitive and word-bounded") {
  auto c = checkShipped("Best Seller green tea with FREE SHIPPING. Our bestsellers are dishwasher safe.", {.field = "description"});
  CHECK(c.spans("marketplace.promotional") == Spans{"Best Seller", "FREE SHIPPING"});
  CHECK(c.of("marketplace.promotional").at(0).message == "term.promotional");
  CHECK_FALSE(checkShipped("A first wash in cold water keeps the colour.").fires("marketplace.promotional"));
}

TEST_CASE("包邮 and other sale words fire in titles only") {
  CHECK(checkShipped("西湖龙井 明前特级 包邮", {.field = "title"}).spans("marketplace.promotional") == Spans{"包邮"});
  CHECK_FALSE(checkShipped("全国包邮，顺丰发货。", {.field = "description"}).fires("marketplace.promotional"));
}

TEST_CASE("emoji, one finding per sequence; text-style © is a symbol, not an emoji") {
  auto c = checkShipped("Great tea 🍵 for families 👨‍👩‍👧 and 👍🏽 fans ❤️ from 🇨🇳. ©2024", {.field = "description"});
  CHECK(c.spans("marketplace.emoji") == Spans{"🍵", "👨‍👩‍👧", "👍🏽", "❤️", "🇨🇳"});
  CHECK(c.spans("marketplace.symbols") == Spans{"©"});
  CHECK_FALSE(checkShipped("A social post 🍵", {.field = "social"}).fires("marketplace.emoji"));
}

TEST_CASE("symbols ™ ® € £ ¥ ± in copy") {
  auto c = checkShipped("Copydesk® tea, €5 or £4, ±2 g", {.field = "bullets"});
  CHECK(c.spans("marketplace.symbols") == Spans{"®", "€", "£", "±"});
  CHECK(c.of("marketplace.symbols").at(0).message == "chars.symbol");
}

TEST_CASE("a word more than twice in a title; stop words and numbers exempt") {
  auto c = checkShipped("Tea Set for Tea Lovers with Tea Cups and a Tea Pot for the Home and the Office", {.field = "title"});
  const auto found = c.of("marketplace.repeated-word");
  REQUIRE(found.size() == 1);
  CHECK(c.span(found[0]) == "Tea");
  CHECK(found[0].start == 28);  // the third "Tea"
  CHECK(found[0].args == Spans{"Tea", "4"});
  CHECK_FALSE(checkShipped("Tea Cup 2 Pack 2 Colours 2 Sizes for the Tea Lover", {.field = "title"}).fires("marketplace.repeated-word"));
  CHECK_FALSE(checkShipped("Tea tea tea and tea.", {.field = "description"}).fires("marketplace.repeated-word"));
}

TEST_CASE("ALL CAPS words, except acronyms, units, model numbers and the brand") {
  Product product;
  product.brand = "ANKER";
  auto c = checkShipped("ANKER USB-C charger, AMAZING speed, 65W, RTX4090 ready, LED light, BEST", {.field = "title", .product = &product});
  CHECK(c.spans("marketplace.all-caps") == Spans{"AMAZING", "BEST"});
  CHECK(c.of("marketplace.all-caps").at(0).args == Spans{"AMAZING"});
  CHECK_FALSE(checkShipped("An OK tea, TV ready", {.field = "title"}).fires("marketplace.all-caps"));
}

TEST_CASE("subjective praise is promotional in a title, plain prose elsewhere") {
  CHECK(checkShipped("Best Choice Camping Lantern, Rechargeable", {.field = "title", .channel = "amazon-title"})
            .spans("marketplace.promotional") == Spans{"Best Choice"});
  CHECK_FALSE(checkShipped("For a weekend trip it is the best choice we know.", {.field = "description"})
                  .fires("marketplace.promotional"));
}

TEST_CASE("certification acronyms are not shouting") {
  CHECK_FALSE(checkShipped("A tee in GOTS-certified organic cotton, OEKO-TEX tested, FSC paper tags.", {.field = "description"})
                  .fires("marketplace.all-caps"));
}
