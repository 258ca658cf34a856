#include <catch2/catch.hpp>

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

TEST_CASE("a Taobao title over 60 width: the part beyond the limit is underlined") {
  const std::string title = times("龙", 29) + "AB" + "井茶叶";  // 58 + 2 = 60, then 6 more
  auto c = checkShipped(title, {.field = "title", .channel = "taobao-title"});
  const auto f = c.of("channel-limits.length");
  REQUIRE(f.size() == 1);
  CHECK(c.span(f[0]) == "井茶叶");
  CHECK(f[0].start == 31);
  CHECK(f[0].args == Spans{"66", "60", "width", "6"});
  CHECK(f[0].severity == Severity::Error);
  CHECK_FALSE(checkShipped(times("龙", 30), {.field = "title", .channel = "taobao-title"}).fires("channel-limits.length"));
  CHECK_FALSE(checkShipped(title, {.field = "title"}).fires("channel-limits.length"));
}

TEST_CASE("Amazon search terms are counted in bytes") {
  const std::string terms = times("茶", 84);  // 252 bytes
  auto c = checkShipped(terms, {.field = "search_terms", .channel = "amazon-search-terms"});
  const auto f = c.of("channel-limits.length");
  REQUIRE(f.size() == 1);
  CHECK(f[0].args == Spans{"252", "249", "bytes", "3"});
  CHECK(f[0].start == 83);  // the 84th character ends at byte 252
  CHECK(f[0].length == 1);
}

TEST_CASE("bullets: each held to its limit, and at most five of them") {
  const std::string bullets = "- short\n- " + times("x", 505) + "\n- three\n- four\n- five\n- six\n- seven";
  auto c = checkShipped(bullets, {.field = "bullets", .channel = "amazon-bullet"});
  const auto over = c.of("channel-limits.length");
  REQUIRE(over.size() == 1);
  CHECK(c.span(over[0]) == "xxxxx");
  CHECK(over[0].args.at(3) == "5");
  const auto items = c.of("channel-limits.items");
  REQUIRE(items.size() == 1);
  CHECK(items[0].args == Spans{"7", "5"});
  CHECK(c.span(items[0]) == "six\n- seven");
}

TEST_CASE("a user channel from the user's channel-limits file") {
  auto load = test::loadOne(R"([set]
id = "channel-limits"
[[rule]]
id = "length"
kind = "channel-limits"
check = "length"
severity = "error"
[[channel]]
id = "jd-title"
market = "jd"
field = "title"
max = 10
unit = "chars"
)", "channel-limits.toml");
  REQUIRE(load.problems.empty());
  CHECK(load.book->channelFor("jd", "title")->id == "jd-title");
  auto c = test::check(*load.book, "京东自营西湖龙井明前特级", {.field = "title", .channel = "jd-title"});
  CHECK(c.spans("channel-limits.length") == Spans{"特级"});
}
