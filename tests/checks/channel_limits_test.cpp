#include <catch2/catch.hpp>

#include <string>

#include "core/checks/channel_limits.h"

using namespace copydesk;

namespace {

ChannelLimit limitOf(std::string_view channel, std::string_view field, const ExportLimits& limits = {}) {
  auto limit = findLimit(channelLimits(limits), channel, field);
  REQUIRE(limit);
  return *limit;
}

std::string repeated(std::string_view piece, int n) {
  std::string text;
  for (int i = 0; i < n; ++i) text += piece;
  return text;
}

}  // namespace

TEST_CASE("the channels' limits come from the export limits") {
  CHECK(limitOf("amazon", "title").max == 200);
  CHECK(limitOf("amazon", "search_terms").unit == LengthUnit::Bytes);
  CHECK(limitOf("amazon", "search_terms").max == 249);
  CHECK(limitOf("shopify", "seo_title").max == 70);
  CHECK(limitOf("taobao", "title").unit == LengthUnit::Width);
  CHECK_FALSE(findLimit(channelLimits(), "amazon", "faq"));
  CHECK_FALSE(findLimit(channelLimits(), "ebay", "title"));

  ExportLimits custom;
  custom.amazonTitleChars = 150;
  CHECK(limitOf("amazon", "title", custom).max == 150);
}

TEST_CASE("a text over its limit says by how much") {
  const auto title = limitOf("amazon", "title");
  CHECK_FALSE(checkLimit(repeated("a", 200), title).over());
  const auto over = checkLimit(repeated("a", 203), title);
  CHECK(over.over());
  CHECK(over.overBy() == 3);
  CHECK(over.actual == 203);
}

TEST_CASE("search terms are held to bytes, a Taobao title to width") {
  // 83 Chinese characters: 249 bytes fit, 84 (252 bytes) do not.
  CHECK_FALSE(checkLimit(repeated("茶", 83), limitOf("amazon", "search_terms")).over());
  CHECK(checkLimit(repeated("茶", 84), limitOf("amazon", "search_terms")).overBy() == 3);
  CHECK_FALSE(checkLimit(repeated("茶", 30), limitOf("taobao", "title")).over());
  CHECK(checkLimit(repeated("茶", 30) + "A", limitOf("taobao", "title")).overBy() == 1);
}

TEST_CASE("bullets: each bullet is held to the limit and their number to the maximum") {
  const auto bullets = limitOf("amazon", "bullets");
  const std::string fine = "- short\n- " + repeated("b", 500) + "\n";
  auto check = checkLimit(fine, bullets);
  CHECK(check.items == 2);
  CHECK(check.actual == 500);
  CHECK_FALSE(check.over());
  check = checkLimit("- " + repeated("b", 510) + "\n- x", bullets);
  CHECK(check.overBy() == 10);
  check = checkLimit("- 1\n- 2\n- 3\n- 4\n- 5\n- 6", bullets);
  CHECK(check.overItems());
  CHECK(check.over());
  CHECK(check.overBy() == 0);
}
