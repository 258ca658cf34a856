#include <catch2/catch.hpp>

#include <string>

#include "core/diff/diff_tokens.h"

using namespace copydesk;
using Tokens = std::vector<std::string_view>;

namespace {

std::string concatenated(const Tokens& tokens) {
  std::string text;
  for (auto token : tokens) text.append(token);
  return text;
}

}  // namespace

TEST_CASE("Latin words, whitespace runs and punctuation are separate tokens") {
  CHECK(diffTokens("Fresh  tea, 250g!") == Tokens{"Fresh", "  ", "tea", ",", " ", "250g", "!"});
  CHECK(diffTokens("") == Tokens{});
  CHECK(diffTokens("line one\n\nline two") == Tokens{"line", " ", "one", "\n\n", "line", " ", "two"});
}

TEST_CASE("each CJK character is a token of its own") {
  CHECK(diffTokens("西湖龙井，明前采摘。") ==
        Tokens{"西", "湖", "龙", "井", "，", "明", "前", "采", "摘", "。"});
  CHECK(diffTokens("龙井Tea 250克") == Tokens{"龙", "井", "Tea", " ", "250", "克"});
  CHECK(diffTokens("ほうじ茶") == Tokens{"ほ", "う", "じ", "茶"});
}

TEST_CASE("tokens never split a user-perceived character") {
  // e + combining acute stays inside its word; a skin-tone emoji and a ZWJ family stay whole.
  CHECK(diffTokens("cafe\xCC\x81 ok") == Tokens{"cafe\xCC\x81", " ", "ok"});
  CHECK(diffTokens("👍🏽👨‍👩‍👧") == Tokens{"👍🏽", "👨‍👩‍👧"});
}

TEST_CASE("tokens concatenate back to the input, malformed bytes included") {
  const std::string texts[] = {"Organic Dragon Well 龙井 — 50 g\t(tin)\r\n", "bad \xFF\xFE bytes \xE9 end",
                               "trailing space ", "\xE4\xB8"};
  for (const auto& text : texts) CHECK(concatenated(diffTokens(text)) == text);
}
