#include "core/checks/rules/term_matcher.h"

#include <algorithm>

namespace copydesk {
namespace {

bool boundedIn(std::string_view folded, std::size_t start, std::size_t end) {
  // Used on texts other than the checked one (facts): the same rule as CheckText::isWordBounded.
  auto word = [](unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'); };
  if (start > 0 && start < end && word(folded[start]) && word(folded[start - 1])) return false;
  if (end < folded.size() && end > start && word(folded[end - 1]) && word(folded[end])) return false;
  return true;
}

}  // namespace

std::string foldAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

TermMatcher::TermMatcher(std::vector<std::string> terms) : m_terms(std::move(terms)) {
  m_folded.reserve(m_terms.size());
  for (const auto& term : m_terms) m_folded.push_back(foldAscii(term));
}

void TermMatcher::findAll(const CheckText& text, std::vector<TermHit>& out) const {
  const std::string_view folded = text.folded();
  for (std::size_t t = 0; t < m_folded.size(); ++t) {
    const std::string_view term = m_folded[t];
    if (term.empty()) continue;
    for (std::size_t at = folded.find(term); at != std::string_view::npos; at = folded.find(term, at + 1))
      if (text.isWordBounded(at, at + term.size())) out.push_back({at, at + term.size(), t});
  }
}

void TermMatcher::findAll(std::string_view folded, std::vector<TermHit>& out) const {
  for (std::size_t t = 0; t < m_folded.size(); ++t) {
    const std::string_view term = m_folded[t];
    if (term.empty()) continue;
    for (std::size_t at = folded.find(term); at != std::string_view::npos; at = folded.find(term, at + 1))
      if (boundedIn(folded, at, at + term.size())) out.push_back({at, at + term.size(), t});
  }
}

bool TermMatcher::occursIn(const CheckText& text, std::size_t t) const {
  const std::string_view folded = text.folded();
  const std::string_view term = m_folded[t];
  if (term.empty()) return false;
  for (std::size_t at = folded.find(term); at != std::string_view::npos; at = folded.find(term, at + 1))
    if (text.isWordBounded(at, at + term.size())) return true;
  return false;
}

void keepLongest(std::vector<TermHit>& hits) {
  std::sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) {
    if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
    return a.start < b.start;
  });
  std::vector<TermHit> kept;
  kept.reserve(hits.size());
  for (const auto& hit : hits) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const TermHit& k) {
      return hit.start < k.end && k.start < hit.end;
    });
    if (!overlaps) kept.push_back(hit);
  }
  std::sort(kept.begin(), kept.end(), [](const TermHit& a, const TermHit& b) { return a.start < b.start; });
  hits = std::move(kept);
}

bool insideAny(const std::vector<Span>& spans, std::size_t start, std::size_t end) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& s) { return s.start <= start && end <= s.end; });
}

}  // namespace copydesk
