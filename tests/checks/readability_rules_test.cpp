#include <catch2/catch.hpp>

#include "core/store/product.h"
#include "tests/checks/rule_test_support.h"

using namespace copydesk;
using copydesk::test::checkShipped;
using Spans = std::vector<std::string>;

namespace {

std::string times(std::string_view piece, int n) {
  std::string text;
  for (int i = 0; i < n; ++i) text += piece;
  return text;
}

}  // namespace

TEST_CASE("a template keyword the text does not use is an info finding of length 0") {
  auto c = checkShipped("Hand-fired Longjing green tea from West Lake.", {.keywords = {"green tea", "Dragon Well", "西湖"}});
  CHECK(c.of("readability.keyword-missing").size() == 2);
  const auto f = c.of("readability.keyword-missing").at(0);
  CHECK(f.severity == Severity::Info);
  CHECK(f.length == 0);
  CHECK(f.args == Spans{"Dragon Well"});
  CHECK_FALSE(checkShipped("No keywords asked for.").fires("readability.keyword-missing"));
}

TEST_CASE("keyword density over the limit is a warning; short texts are not judged") {
  const std::string stuffed = times("Green tea is good. ", 5) + times("We pick leaves by hand every spring morning. ", 6);
  auto c = checkShipped(stuffed, {.keywords = {"green tea"}});
  const auto found = c.of("readability.keyword-density");
  REQUIRE(found.size() == 1);
  CHECK(found[0].args.at(0) == "green tea");
  CHECK(c.span(found[0]) == "Green tea");
  CHECK_FALSE(checkShipped("Green tea, green tea gift", {.keywords = {"green tea"}}).fires("readability.keyword-density"));

  const std::string zh = times("龙井", 10) + times("采自西湖山区的春茶嫩芽经手工炒制而成", 5);
  CHECK(checkShipped(zh, {.keywords = {"龙井"}}).fires("readability.keyword-density"));

  // Plurals count; the first two uses never are stuffing, the third is where it starts.
  auto plural = checkShipped("Mugs, mugs and a mug rack.", {.keywords = {"mug"}});
  CHECK(plural.spans("readability.keyword-density") == Spans{"mug"});
  CHECK_FALSE(plural.fires("readability.keyword-missing"));
}

TEST_CASE("a long sentence: English words, Chinese characters") {
  const std::string longEn = "This tea " + times("and more ", 15) + "ends here. Short one.";
  auto en = checkShipped(longEn, {.field = "description"});
  const auto f = en.of("readability.long-sentence");
  REQUIRE(f.size() == 1);
  CHECK(en.span(f[0]) == "This tea " + times("and more ", 15) + "ends here.");
  CHECK(f[0].args == Spans{"34", "30", "words"});
  CHECK_FALSE(checkShipped("It weighs 2.5 kg. It is fine.", {.field = "description"}).fires("readability.long-sentence"));

  const std::string longZh = times("茶香清幽", 16) + "。短句。";
  auto zh = checkShipped(longZh, {.field = "description"});
  REQUIRE(zh.of("readability.long-sentence").size() == 1);
  CHECK(zh.of("readability.long-sentence")[0].args == Spans{"64", "60", "characters"});
  CHECK(zh.of("readability.long-sentence")[0].length == 65);
  CHECK_FALSE(checkShipped(longEn, {.field = "title"}).fires("readability.long-sentence"));
}

TEST_CASE("a phrase three times in one text is reported once at its full length, where it comes back the third time") {
  const std::string en = "Brewed with spring water. It is brewed with spring water daily. We always brew it, brewed with Spring water.";
  auto c = checkShipped(en, {.field = "description"});
  CHECK(c.spans("readability.repeated-phrase") == Spans{"brewed with Spring water"});
  CHECK(c.of("readability.repeated-phrase").at(0).args == Spans{"brewed with Spring water", "3"});
  CHECK(c.of("readability.repeated-phrase").at(0).start == 83);
  // Stop words do not make a phrase.
  CHECK_FALSE(checkShipped("Put it on the shelf. Leave it on the table. Keep it on the go.", {.field = "description"})
                  .fires("readability.repeated-phrase"));
  CHECK_FALSE(checkShipped("Brewed with spring water. Brewed with spring water.", {.field = "description"})
                  .fires("readability.repeated-phrase"));

  const std::string zh = "精选高山云雾绿茶嫩芽，香气清雅。精选高山云雾绿茶嫩芽，回甘持久。还是精选高山云雾绿茶嫩芽。";
  auto z = checkShipped(zh, {.field = "description"});
  CHECK(z.spans("readability.repeated-phrase") == Spans{"精选高山云雾绿茶嫩芽"});
  CHECK(z.of("readability.repeated-phrase").at(0).start == 34);

  Product product;
  product.title = "精选高山云雾绿茶嫩芽";
  CHECK_FALSE(checkShipped(zh, {.field = "description", .product = &product}).fires("readability.repeated-phrase"));
}
