#include "core/export/text_limits.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace copydesk {

std::size_t charCount(std::string_view utf8) {
  std::size_t count = 0;
  // Every byte that does not continue a sequence starts a character (malformed bytes count one each).
  for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;
  return count;
}

std::size_t displayWidth(std::string_view utf8) {
  std::size_t width = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      ++width;
      continue;
    }
    const auto eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

std::size_t measure(std::string_view utf8, LengthUnit unit) {
  switch (unit) {
    case LengthUnit::Chars: return charCount(utf8);
    case LengthUnit::Width: return displayWidth(utf8);
    case LengthUnit::Bytes: return byteCount(utf8);
  }
  return utf8.size();
}

std::string_view unitName(LengthUnit unit) {
  switch (unit) {
    case LengthUnit::Chars: return "characters";
    case LengthUnit::Width: return "width";
    case LengthUnit::Bytes: return "bytes";
  }
  return "";
}

}  // namespace copydesk
