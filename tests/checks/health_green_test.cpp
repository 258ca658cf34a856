#include <catch2/catch.hpp>

#include "core/store/product.h"
#include "tests/checks/rule_test_support.h"

using namespace copydesk;
using copydesk::test::checkShipped;
using Spans = std::vector<std::string>;

TEST_CASE("health claims are errors, green claims warnings, in English and Chinese") {
  auto en = checkShipped("This antibacterial towel cures acne and is eco-friendly and carbon neutral.", {.field = "description"});
  CHECK(en.spans("health-green.health") == Spans{"antibacterial", "cures"});
  CHECK(en.spans("health-green.green") == Spans{"eco-friendly", "carbon neutral"});
  CHECK(en.of("health-green.health").at(0).severity == Severity::Error);
  CHECK(en.of("health-green.green").at(0).severity == Severity::Warning);
  CHECK(en.of("health-green.green").at(0).message == "claim.green");

  auto zh = checkShipped("抗菌面料，绿色环保，可降解包装。", {.field = "description"});
  CHECK(zh.spans("health-green.health") == Spans{"抗菌"});
  CHECK(zh.spans("health-green.green") == Spans{"环保", "可降解"});
}

TEST_CASE("a claim the product's facts state does not fire") {
  Product product;
  product.title = "Silver-ion towel";
  product.attributes = {{"Finish", "Antibacterial silver-ion fibre"}, {"可降解", "是"}, {"Eco-friendly", "no"}};
  auto c = checkShipped("Antibacterial towel in biodegradable wrap, eco-friendly, 可降解。", {.field = "description", .product = &product});
  CHECK_FALSE(c.fires("health-green.health"));
  CHECK(c.spans("health-green.green") == Spans{"biodegradable", "eco-friendly"});
}

TEST_CASE("green tea, cured ham and pasteurised milk are not claims") {
  for (const char* clean : {"A green tea from West Lake, hand-fired.", "Dry-cured ham, sliced thin.",
                            "巴氏杀菌鲜牛奶，冷藏保存。", "低碳钢锅身，导热均匀。", "Dog treats made with real chicken."}) {
    INFO(clean);
    CHECK_FALSE(checkShipped(clean, {.field = "description"}).firesSet("health-green"));
  }
}

TEST_CASE("cure verbs are claims only next to a condition") {
  auto c = checkShipped("A copper bottle that treats acid reflux. Air purifier that prevents asthma attacks.", {.field = "description"});
  CHECK(c.spans("health-green.health") == Spans{"treats", "prevents"});
  for (const char* clean : {"Treat yourself to a slow Sunday.", "The non-slip base prevents spills and scratches.",
                            "Dog treats made with real chicken."}) {
    INFO(clean);
    CHECK_FALSE(checkShipped(clean, {.field = "description"}).fires("health-green.health"));
  }
}

TEST_CASE("terms that overlap in part are reported as one claim covering both") {
  auto c = checkShipped("Kills 99.9% of bacteria on contact.", {.field = "description"});
  CHECK(c.spans("health-green.health") == Spans{"Kills 99.9% of bacteria"});
}
