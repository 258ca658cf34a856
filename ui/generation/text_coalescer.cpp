#include "ui/generation/text_coalescer.h"

namespace copydesk::ui {

void TextCoalescer::append(const std::string& key, std::string_view piece) {
  std::lock_guard lock(m_mutex);
  m_pending[key].text.append(piece);
}

void TextCoalescer::restart(const std::string& key) {
  std::lock_guard lock(m_mutex);
  m_pending[key] = Pending{true, {}};
}

std::vector<TextCoalescer::Piece> TextCoalescer::takeAll() {
  std::map<std::string, Pending> taken;
  {
    std::lock_guard lock(m_mutex);
    taken.swap(m_pending);
  }
  std::vector<Piece> pieces;
  pieces.reserve(taken.size());
  for (auto& [key, pending] : taken) pieces.push_back({key, pending.restart, std::move(pending.text)});
  return pieces;
}

TextCoalescer::Piece TextCoalescer::take(const std::string& key) {
  std::lock_guard lock(m_mutex);
  auto it = m_pending.find(key);
  if (it == m_pending.end()) return {key, false, {}};
  Piece piece{key, it->second.restart, std::move(it->second.text)};
  m_pending.erase(it);
  return piece;
}

bool TextCoalescer::empty() const {
  std::lock_guard lock(m_mutex);
  return m_pending.empty();
}

}  // namespace copydesk::ui
