#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/checks/check_text.h"

namespace copydesk {

// One occurrence of a term: bytes [start, end) of the text, and which term.
struct TermHit {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t term = 0;
};

// Finds a list of terms in a text the way every term-based rule does: ASCII case folded, a term
// whose edge is a Latin letter or digit only where it is not glued to another one ("first" in
// "first wash", never in "firstly"), a Chinese term wherever it occurs (Chinese has no spaces).
class TermMatcher final {
 public:
  TermMatcher() = default;
  explicit TermMatcher(std::vector<std::string> terms);

  bool empty() const { return m_terms.empty(); }
  std::size_t size() const { return m_terms.size(); }
  const std::string& term(std::size_t i) const { return m_terms[i]; }  // as written in the rule file

  // Every occurrence of every term, overlapping ones included, in no particular order.
  void findAll(const CheckText& text, std::vector<TermHit>& out) const;
  // The same over any folded text (facts, a product's brand).
  void findAll(std::string_view folded, std::vector<TermHit>& out) const;
  bool occursIn(const CheckText& text, std::size_t term) const;

 private:
  std::vector<std::string> m_terms;
  std::vector<std::string> m_folded;
};

std::string foldAscii(std::string_view text);

// Of overlapping hits the longest stays (最佳 over 最, "best seller" over "best"); the result is
// ordered by start.
void keepLongest(std::vector<TermHit>& hits);

// A byte range of the text where nothing may be reported (an exempt phrase, the brand's name).
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
};
bool insideAny(const std::vector<Span>& spans, std::size_t start, std::size_t end);

}  // namespace copydesk
