#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// A text prepared once for every rule that looks at it: the bytes as given, a copy with ASCII
// letters folded to lower case (same length, so byte offsets carry over), the language it is
// mostly written in, and the byte-to-code-point mapping findings are reported in.
class CheckText final {
 public:
  explicit CheckText(std::string_view utf8);

  std::string_view bytes() const { return m_bytes; }
  std::string_view folded() const { return m_folded; }  // ASCII lower-cased
  bool isChinese() const { return m_chinese; }          // CJK ideographs outnumber Latin words
  const char* language() const { return m_chinese ? "zh" : "en"; }

  // Code points before byte offset `byte` (which must be a character boundary or the end).
  std::size_t codePointAt(std::size_t byte) const;
  std::size_t codePointCount() const { return codePointAt(m_bytes.size()); }

  // True when [start, end) is not glued to letters or digits on either side (ASCII words; a
  // CJK neighbour counts as a boundary, since Chinese has no spaces).
  bool isWordBounded(std::size_t start, std::size_t end) const;

 private:
  std::string_view m_bytes;
  std::string m_folded;
  bool m_chinese = false;
  std::vector<std::size_t> m_blockCounts;  // code points before each 64-byte block
};

}  // namespace copydesk
