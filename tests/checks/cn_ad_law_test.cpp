#include <catch2/catch.hpp>

#include "core/store/product.h"
#include "tests/checks/rule_test_support.h"

using namespace copydesk;
using copydesk::test::checkShipped;
using Spans = std::vector<std::string>;

TEST_CASE("absolute terms fire, the longest term winning, with spans in code points") {
  auto c = checkShipped("这款龙井是全网第一的好茶，口感最佳。");
  CHECK(c.spans("cn-ad-law.absolute") == Spans{"全网第一", "最佳"});
  const auto first = c.of("cn-ad-law.absolute").at(0);
  CHECK(first.start == 5);
  CHECK(first.length == 4);
  CHECK(first.severity == Severity::Error);
  CHECK(first.message == "term.banned");
  CHECK(first.args == Spans{"全网第一"});
  CHECK_FALSE(first.explanationZh.empty());
  CHECK_THAT(first.source, Catch::Contains("第九条"));
}

TEST_CASE("the regulator's exemptions do not fire") {
  for (const char* clean : {"最佳食用期为开封后30天。", "第一次使用前请用温水清洗。", "第一泡洗茶，第二泡开始品饮。",
                            "这款茶唯一的缺点是产量太少。", "最近上新，最后一批明前茶。", "本品最大承重150公斤。",
                            "建议开封后最好冷藏保存。", "100%纯棉面料，亲肤透气。", "产自国家级自然保护区。",
                            "出门旅行带上万能转换插头。", "第一步：温杯；第一时间密封。"}) {
    INFO(clean);
    CHECK_FALSE(checkShipped(clean).firesSet("cn-ad-law"));
  }
}

TEST_CASE("a brand containing an absolute term does not fire, the rest of the text does") {
  Product product;
  product.brand = "最生活";
  auto c = checkShipped("最生活毛巾，柔软吸水，最好的选择。", {.product = &product});
  CHECK(c.spans("cn-ad-law.absolute") == Spans{"最好"});
  auto given = checkShipped("最生活毛巾", {.brand = "最生活"});
  CHECK_FALSE(given.firesSet("cn-ad-law"));
}

TEST_CASE("maybe-absolute words are warnings; medical claims are errors") {
  auto c = checkShipped("送礼首选，独家工艺。本品可消炎止痛，具有治疗作用。");
  CHECK(c.spans("cn-ad-law.maybe-absolute") == Spans{"首选", "独家"});
  CHECK(c.of("cn-ad-law.maybe-absolute").at(0).severity == Severity::Warning);
  CHECK(c.spans("cn-ad-law.medical") == Spans{"消炎", "止痛", "治疗"});
  CHECK(c.of("cn-ad-law.medical").at(0).message == "term.medical");
  CHECK_FALSE(checkShipped("本品不能代替药物治疗。").firesSet("cn-ad-law"));
}

TEST_CASE("the Chinese advertising law does not judge English text") {
  CHECK_FALSE(checkShipped("The No.1 choice for the best first wash of the day.").firesSet("cn-ad-law"));
}

TEST_CASE("spans count code points over mixed Chinese, emoji and Latin text") {
  // 😀 is one code point (four bytes), 茶 one (three bytes).
  auto c = checkShipped("😀好茶Tea：顶级口感");
  const auto f = c.of("cn-ad-law.absolute").at(0);
  CHECK(f.start == 7);
  CHECK(f.length == 2);
  CHECK(c.span(f) == "顶级");
}

TEST_CASE("prevention verbs are medical claims only next to an illness") {
  auto c = checkShipped("喝了能预防感冒，还能养胃护肝。");
  CHECK(c.spans("cn-ad-law.medical") == Spans{"预防", "养胃", "护肝"});
  CHECK_FALSE(checkShipped("密封包装，预防霉变，防止受潮。").firesSet("cn-ad-law"));
}

TEST_CASE("first-of-its-kind claims are for the reviewer (warnings), star ratings are absolute") {
  auto c = checkShipped("全球首发的折叠屏手写板，五星级酒店同款。");
  CHECK(c.spans("cn-ad-law.maybe-absolute") == Spans{"全球首发"});
  CHECK(c.spans("cn-ad-law.absolute") == Spans{"五星级"});
}

TEST_CASE("a superlative before a number is the product's own specification") {
  CHECK_FALSE(checkShipped("两个USB-C口，单口最高65W，最大可达 100W。").firesSet("cn-ad-law"));
  CHECK(checkShipped("最高品质，单口最高65W。").spans("cn-ad-law.absolute") == Spans{"最高"});
}
