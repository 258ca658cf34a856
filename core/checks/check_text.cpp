#include "core/checks/check_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace copydesk {
namespace {

constexpr std::size_t kBlock = 64;

bool isAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isIdeograph(UChar32 c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

// A letter or digit that glues to its neighbours into one word: ASCII, and alphabetic scripts
// such as accented Latin, Greek and Cyrillic ("café"). CJK, kana and hangul do not: Chinese has
// no spaces, so an ideograph next to a term is a boundary.
bool isWordChar(UChar32 c) {
  if (c < 0) return false;
  if (c < 0x80) return isAsciiAlnum(static_cast<unsigned char>(c));
  return c < 0x2E80 && u_isalnum(c);
}

UChar32 codePointBefore(std::string_view s, std::size_t byte) {
  if (byte == 0) return -1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  auto i = static_cast<int32_t>(byte);
  UChar32 c;
  U8_PREV(bytes, 0, i, c);
  return c;
}

UChar32 codePointAtByte(std::string_view s, std::size_t byte) {
  if (byte >= s.size()) return -1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  auto i = static_cast<int32_t>(byte);
  UChar32 c;
  U8_NEXT(bytes, i, static_cast<int32_t>(s.size()), c);
  return c;
}

}  // namespace

CheckText::CheckText(std::string_view utf8) : m_bytes(utf8), m_folded(utf8) {
  for (char& c : m_folded)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');

  // One pass: the code points before each block, and ideographs against Latin words.
  m_blockCounts.reserve(utf8.size() / kBlock + 1);
  std::size_t codePoints = 0, ideographs = 0, latinWords = 0;
  bool inWord = false;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const bool latin = c >= 0 && c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if (latin && !inWord) ++latinWords;
    inWord = latin;
    if (isIdeograph(c)) ++ideographs;
  }
  for (std::size_t b = 0; b < utf8.size(); ++b) {
    if (b % kBlock == 0) m_blockCounts.push_back(codePoints);
    codePoints += (static_cast<unsigned char>(utf8[b]) & 0xC0) != 0x80;
  }
  m_blockCounts.push_back(codePoints);  // the end, when the size is a multiple of the block
  m_chinese = ideographs > latinWords;
}

std::size_t CheckText::codePointAt(std::size_t byte) const {
  if (byte > m_bytes.size()) byte = m_bytes.size();
  const std::size_t block = byte / kBlock;
  if (block >= m_blockCounts.size()) return m_blockCounts.back();
  std::size_t count = m_blockCounts[block];
  for (std::size_t b = block * kBlock; b < byte; ++b)
    count += (static_cast<unsigned char>(m_bytes[b]) & 0xC0) != 0x80;
  return count;
}

bool CheckText::isWordBounded(std::size_t start, std::size_t end) const {
  // An edge is glued when the character just inside the span and the one just outside it are
  // both word characters: "first" in "firstly" is glued, "100%" before "cotton" is not.
  if (start < end) {
    if (isWordChar(codePointAtByte(m_bytes, start)) && isWordChar(codePointBefore(m_bytes, start))) return false;
    if (isWordChar(codePointBefore(m_bytes, end)) && isWordChar(codePointAtByte(m_bytes, end))) return false;
    return true;
  }
  return !(isWordChar(codePointBefore(m_bytes, start)) && isWordChar(codePointAtByte(m_bytes, start)));
}

}  // namespace copydesk
