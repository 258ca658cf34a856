#include <catch2/catch.hpp>

#include "core/export/text_limits.h"

using namespace copydesk;

TEST_CASE("lengths are counted in characters, display width and UTF-8 bytes") {
  CHECK(charCount("abc") == 3);
  CHECK(charCount("龙井茶") == 3);
  CHECK(byteCount("龙井茶") == 9);
  CHECK(displayWidth("龙井茶") == 6);
  CHECK(displayWidth("Tea 茶") == 6);
  CHECK(charCount("é") == 1);
  CHECK(displayWidth("ｔｅａ") == 6);  // full-width Latin counts 2
  CHECK(measure("茶", LengthUnit::Bytes) == 3);
}
