#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/templates/template_diagnostic.h"

namespace copydesk {

// Turns byte offsets into line:column, built once per source so every lookup is a binary search.
class LineIndex final {
 public:
  explicit LineIndex(std::string_view source);
  SourcePosition positionOf(std::size_t offset) const;

 private:
  std::string_view m_source;
  std::vector<std::size_t> m_lineStarts;
};

}  // namespace copydesk
