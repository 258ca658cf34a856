#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

// The three ways shops count the length of text (see domain.md):
// characters (Unicode code points, what Amazon and Shopify count), display width (a CJK or other
// wide character counts 2, as Taobao does), and UTF-8 bytes (Amazon's search terms).
std::size_t charCount(std::string_view utf8);
std::size_t displayWidth(std::string_view utf8);
inline std::size_t byteCount(std::string_view utf8) { return utf8.size(); }

enum class LengthUnit { Chars, Width, Bytes };
std::size_t measure(std::string_view utf8, LengthUnit unit);
std::string_view unitName(LengthUnit unit);  // "characters", "width", "bytes"

}  // namespace copydesk
