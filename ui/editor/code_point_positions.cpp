#include "ui/editor/code_point_positions.h"

#include <algorithm>

namespace copydesk::ui {

CodePointPositions::CodePointPositions(const QString& text) {
  m_positions.reserve(static_cast<std::size_t>(text.size()) + 1);
  for (int i = 0; i < text.size(); ++i) {
    m_positions.push_back(i);
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ++i;
  }
  m_positions.push_back(static_cast<int>(text.size()));
}

int CodePointPositions::position(std::size_t codePoint) const {
  return m_positions[std::min(codePoint, m_positions.size() - 1)];
}

}  // namespace copydesk::ui
