#pragma once

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace copydesk::utf8 {

// Calls visit(codePoint) for each code point of the UTF-8 text; a malformed byte is one U+FFFD.
template <class Visit>
void forEachCodePoint(std::string_view text, Visit&& visit) {
  const char* data = text.data();
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    const auto byte = static_cast<unsigned char>(data[i]);
    if (byte < 0x80) {  // most copy is mostly ASCII
      ++i;
      visit(static_cast<char32_t>(byte));
      continue;
    }
    UChar32 c;
    U8_NEXT(data, i, length, c);
    visit(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
}

inline std::u32string decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  forEachCodePoint(text, [&out](char32_t c) { out.push_back(c); });
  return out;
}

// The bytes of code points [start, start + count) of the UTF-8 text (clamped to its end).
inline std::string_view codePointRange(std::string_view text, std::size_t start, std::size_t count) {
  const char* data = text.data();
  const auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  for (std::size_t n = 0; n < start && i < length; ++n) U8_FWD_1(data, i, length);
  std::int32_t end = i;
  for (std::size_t n = 0; n < count && end < length; ++n) U8_FWD_1(data, end, length);
  return text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(end - i));
}

}  // namespace copydesk::utf8
