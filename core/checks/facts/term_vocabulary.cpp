#include "core/checks/facts/term_vocabulary.h"

namespace copydesk {

TermVocabulary::TermVocabulary(std::vector<TermGroup> groups) : m_groups(std::move(groups)) {
  const std::size_t n = m_groups.size();
  m_isA.assign(n, std::vector<bool>(n, false));
  for (std::size_t a = 0; a < n; ++a)
    for (const auto& parent : m_groups[a].isA)
      if (auto b = find(parent)) m_isA[a][*b] = true;
  // Warshall: a is a c when a is a b and b is a c.
  for (std::size_t b = 0; b < n; ++b)
    for (std::size_t a = 0; a < n; ++a)
      if (m_isA[a][b])
        for (std::size_t c = 0; c < n; ++c)
          if (m_isA[b][c]) m_isA[a][c] = true;
}

std::optional<std::size_t> TermVocabulary::find(std::string_view id) const {
  for (std::size_t i = 0; i < m_groups.size(); ++i)
    if (m_groups[i].id == id) return i;
  return std::nullopt;
}

bool TermVocabulary::compatible(std::size_t a, std::size_t b) const {
  return a == b || m_isA[a][b] || m_isA[b][a];
}

}  // namespace copydesk
