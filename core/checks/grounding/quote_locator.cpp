#include "core/checks/grounding/quote_locator.h"

#include <algorithm>

namespace copydesk {

namespace {

// The length in bytes of the UTF-8 sequence starting with `lead` (1 for a stray byte).
std::size_t sequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

// ASCII white space, NBSP, the Unicode spaces U+2000…U+200B, U+202F, U+205F and the ideographic U+3000.
bool isSpaceAt(std::string_view text, std::size_t at, std::size_t length) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[at + k]); };
  if (length == 1) return b(0) == ' ' || (b(0) >= '\t' && b(0) <= '\r');
  if (length == 2) return b(0) == 0xC2 && b(1) == 0xA0;
  if (length != 3) return false;
  if (b(0) == 0xE3) return b(1) == 0x80 && b(2) == 0x80;
  if (b(0) != 0xE2) return false;
  return (b(1) == 0x80 && (b(2) <= 0x8B || b(2) == 0xAF)) || (b(1) == 0x81 && b(2) == 0x9F);
}

// Calls emit(byteOffset, length) for every character of text that is not white space.
template <class Emit>
void forEachNonSpace(std::string_view text, Emit emit) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = std::min(sequenceLength(static_cast<unsigned char>(text[i])), text.size() - i);
    if (!isSpaceAt(text, i, length)) emit(i, length);
    i += length;
  }
}

}  // namespace

QuoteLocator::QuoteLocator(std::string_view draft) : m_draft(draft) {
  m_compact.reserve(draft.size());
  m_compactAt.reserve(draft.size());
  forEachNonSpace(draft, [this](std::size_t at, std::size_t length) {
    for (std::size_t k = 0; k < length; ++k) {
      m_compact.push_back(m_draft[at + k]);
      m_compactAt.push_back(at + k);
    }
  });
}

std::optional<ByteSpan> QuoteLocator::find(std::string_view quote, std::size_t from) const {
  if (quote.empty()) return std::nullopt;
  const std::size_t at = m_draft.find(quote, from);
  if (at != std::string_view::npos) return ByteSpan{at, at + quote.size()};
  return findIgnoringSpace(quote, from);
}

std::optional<ByteSpan> QuoteLocator::findIgnoringSpace(std::string_view quote, std::size_t from) const {
  std::string compactQuote;
  forEachNonSpace(quote, [&](std::size_t at, std::size_t length) { compactQuote.append(quote.substr(at, length)); });
  if (compactQuote.empty()) return std::nullopt;
  // The first compact byte at or after `from` in the draft.
  const auto first = std::lower_bound(m_compactAt.begin(), m_compactAt.end(), from);
  const auto at = m_compact.find(compactQuote, static_cast<std::size_t>(first - m_compactAt.begin()));
  if (at == std::string::npos) return std::nullopt;
  return ByteSpan{m_compactAt[at], m_compactAt[at + compactQuote.size() - 1] + 1};
}

}  // namespace copydesk
