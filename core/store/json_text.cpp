#include "core/store/json_text.h"

#include <cstdint>
#include <cstring>

namespace copydesk {
namespace {

// Whether any of eight bytes needs escaping (a control character, '"' or '\\'), tested at once.
bool wordNeedsEscape(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
  const auto hasZeroByte = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
  const bool control = ((word - kOnes * 0x20) & ~word & kHighs) != 0;  // some byte < 0x20
  return control || hasZeroByte(word ^ (kOnes * '"')) || hasZeroByte(word ^ (kOnes * '\\'));
}

// True for the bytes a JSON string cannot hold as they are.
constexpr bool needsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

void appendEscape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: {
      constexpr char kHex[] = "0123456789abcdef";
      const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escaped, sizeof escaped);
    }
  }
}

}  // namespace

void appendJsonString(std::string& out, std::string_view text) {
  out += '"';
  const char* data = text.data();
  const size_t size = text.size();
  size_t start = 0;  // first byte not yet copied
  for (size_t i = 0; i < size; ++i) {
    // Runs of plain text are skipped eight bytes at a time.
    while (i + 8 <= size) {
      std::uint64_t word;
      std::memcpy(&word, data + i, 8);
      if (wordNeedsEscape(word)) break;
      i += 8;
    }
    if (i >= size) break;
    const auto c = static_cast<unsigned char>(data[i]);
    if (!needsEscape(c)) continue;
    out.append(data + start, i - start);
    appendEscape(out, c);
    start = i + 1;
  }
  out.append(data + start, size - start);
  out += '"';
}

void appendJsonStringArray(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    appendJsonString(out, items[i]);
  }
  out += ']';
}

}  // namespace copydesk
