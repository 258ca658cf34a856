#include "core/batch/batch_slot.h"

#include <charconv>

namespace copydesk::batch {
namespace {

// Reads "<letter><digits>" at the front of text and drops it (and a following '-').
template <class T>
bool take(std::string_view& text, char letter, T& value) {
  if (text.empty() || text.front() != letter) return false;
  text.remove_prefix(1);
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end == text.data()) return false;
  text.remove_prefix(static_cast<std::size_t>(end - text.data()));
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  return true;
}

}  // namespace

std::string BatchSlot::customId() const {
  std::string id = "p" + std::to_string(productId) + "-v" + std::to_string(variant) + "-t" + std::to_string(targetIndex);
  if (personaId != 0) id += "-a" + std::to_string(personaId);
  if (questionId != 0) id += "-q" + std::to_string(questionId);
  if (sourceDraftId != 0) id += "-s" + std::to_string(sourceDraftId) + "-l" + language;
  return id;
}

std::optional<SlotKey> parseCustomId(std::string_view id) {
  SlotKey key;
  if (!take(id, 'p', key.productId) || !take(id, 'v', key.variant) || !take(id, 't', key.targetIndex)) {
    return std::nullopt;
  }
  if (!id.empty() && id.front() == 'a' && !take(id, 'a', key.personaId)) return std::nullopt;
  if (!id.empty() && !take(id, 'q', key.questionId)) return std::nullopt;
  if (!id.empty()) return std::nullopt;
  return key;
}

}  // namespace copydesk::batch
