#include "core/templates/line_index.h"

#include <algorithm>

namespace copydesk {

LineIndex::LineIndex(std::string_view source) : m_source(source) {
  m_lineStarts.push_back(0);
  for (std::size_t i = 0; i < source.size(); ++i)
    if (source[i] == '\n') m_lineStarts.push_back(i + 1);
}

SourcePosition LineIndex::positionOf(std::size_t offset) const {
  offset = std::min(offset, m_source.size());
  const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
  const std::size_t line = static_cast<std::size_t>(next - m_lineStarts.begin());
  const std::size_t start = m_lineStarts[line - 1];
  // Count code points, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start a character.
  int column = 1;
  for (std::size_t i = start; i < offset; ++i)
    if ((static_cast<unsigned char>(m_source[i]) & 0xC0) != 0x80) ++column;
  return SourcePosition{static_cast<int>(line), column};
}

}  // namespace copydesk
