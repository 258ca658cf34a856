#include <catch2/catch.hpp>

#include "core/checks/text_measure.h"
#include "core/export/text_limits.h"

using namespace copydesk;

TEST_CASE("ASCII: characters, width and bytes agree") {
  const auto m = measureText("Green tea, 50 g");
  CHECK(m.characters == 15);
  CHECK(m.width == 15);
  CHECK(m.bytes == 15);
  CHECK(measureText("").characters == 0);
}

TEST_CASE("CJK characters are one character, width 2 and three bytes each") {
  const auto m = measureText("西湖龙井 tea");
  CHECK(m.characters == 8);
  CHECK(m.width == 12);
  CHECK(m.bytes == 16);
  CHECK(measureText("ｔｅａ").width == 6);   // full-width Latin
  CHECK(measureText("，。").width == 4);     // CJK punctuation is wide too
  CHECK(measureText("ﾃｨｰ").width == 3);     // half-width katakana is not
}

TEST_CASE("user-perceived characters: combining marks and emoji sequences count once") {
  CHECK(measureText("cafe\xCC\x81").characters == 4);        // e + combining acute
  CHECK(measureText("👍🏽").characters == 1);                 // skin tone modifier
  CHECK(measureText("👨‍👩‍👧").characters == 1);               // ZWJ family
  CHECK(measureText("🇨🇳").characters == 1);                  // flag: two regional indicators
  CHECK(measureText("👨‍👩‍👧").bytes == 18);
  CHECK(measureText("👨‍👩‍👧").width == 2);
  // The shops' code point count is never lower.
  CHECK(charCount("👨‍👩‍👧") == 5);
  CHECK(graphemeCount("a\r\nb") == 3);  // CR LF is one character
}

TEST_CASE("malformed UTF-8 still measures, a byte at a time") {
  const auto m = measureText("ok\xFF\xFE");
  CHECK(m.bytes == 4);
  CHECK(m.characters == 4);
}
