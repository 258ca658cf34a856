#include "core/checks/checker.h"

#include <algorithm>

#include "core/checks/check_text.h"

namespace copydesk {

std::vector<Finding> runChecks(const RuleBook& book, const CheckInput& input) {
  const CheckText text(input.text);
  std::vector<Finding> findings;
  for (const auto& rule : book.rules)
    if (rule->appliesTo(input, text)) rule->check(text, input, findings);

  // Rules report bytes; the editor underlines code points.
  for (auto& f : findings) {
    const std::size_t end = std::min(f.start + f.length, input.text.size());
    f.start = text.codePointAt(std::min(f.start, input.text.size()));
    f.length = text.codePointAt(end) - f.start;
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.severity != b.severity) return a.severity > b.severity;
    return a.rule < b.rule;
  });
  return findings;
}

}  // namespace copydesk
