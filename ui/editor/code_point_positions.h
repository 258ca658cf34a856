#pragma once

#include <QString>

#include <cstddef>
#include <vector>

namespace copydesk::ui {

// A span of a document as QTextDocument (UTF-16) positions [start, end).
struct TextSpan {
  int start = 0;
  int end = 0;
};

// Core counts in Unicode code points; QString and QTextDocument count UTF-16 units, where a
// character outside the BMP (an emoji, a rare CJK ideograph) takes two. Converts every code-point
// offset of a text to its UTF-16 position once, for all the spans of that text.
class CodePointPositions final {
 public:
  explicit CodePointPositions(const QString& text);
  int position(std::size_t codePoint) const;  // clamped to the end of the text
  TextSpan span(std::size_t start, std::size_t length) const { return {position(start), position(start + length)}; }

 private:
  std::vector<int> m_positions;  // UTF-16 position of each code point, then the text's length
};

}  // namespace copydesk::ui
