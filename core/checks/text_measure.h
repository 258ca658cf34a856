#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

// The length of copy three ways, as a writer sees it:
// - characters: user-perceived characters (grapheme clusters): "é" written as e + accent is 1,
//   a flag or a family emoji is 1;
// - width: what a CJK-width limit counts: a character that is East Asian Wide or Fullwidth
//   (Chinese, Japanese, full-width Latin) counts 2, any other 1;
// - bytes: UTF-8 bytes.
// A shop may count characters as code points (core/export/text_limits.h: what limits are judged
// by); that is never fewer than the grapheme count.
struct TextMeasure {
  std::size_t characters = 0;
  std::size_t width = 0;
  std::size_t bytes = 0;
};

TextMeasure measureText(std::string_view utf8);
std::size_t graphemeCount(std::string_view utf8);

}  // namespace copydesk
