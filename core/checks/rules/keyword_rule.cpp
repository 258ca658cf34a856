// kind "keywords": the template's keywords (CheckInput::keywords). check = "coverage": a keyword
// the text never uses (keyword.missing); check = "density": a keyword used at least `min_count`
// times that makes up more than `max_percent` of the text (keyword.density), counted in units
// (Latin words + Chinese characters). A keyword used once or twice is never stuffing, however
// short the text. An English keyword also counts in its plural ("mug" in "mugs").
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/checks/rules/rule_factories.h"
#include "core/checks/rules/term_matcher.h"
#include "core/checks/rules/words.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

class KeywordRule final : public Rule {
 public:
  KeywordRule(RuleMeta meta, bool density, double maxPercent, std::size_t minUnits, std::size_t minCount)
      : Rule(std::move(meta)), m_density(density), m_maxPercent(maxPercent), m_minUnits(minUnits), m_minCount(minCount) {}

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    if (input.keywords.empty()) return;
    if (m_density) density(text, input.keywords, out);
    else coverage(text, input.keywords, out);
  }

 private:
  // The keyword and, for one ending in a Latin letter, its plurals.
  static TermMatcher forms(const std::string& keyword) {
    std::vector<std::string> all{keyword};
    const char last = keyword.empty() ? '\0' : keyword.back();
    if ((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')) {
      all.push_back(keyword + "s");
      all.push_back(keyword + "es");
    }
    return TermMatcher(std::move(all));
  }

  void coverage(const CheckText& text, const std::vector<std::string>& keywords, std::vector<Finding>& out) const {
    for (const auto& keyword : keywords) {
      if (keyword.empty()) continue;
      const TermMatcher matcher = forms(keyword);
      bool used = false;
      for (std::size_t f = 0; f < matcher.size() && !used; ++f) used = matcher.occursIn(text, f);
      if (!used) out.push_back(finding(0, 0, "keyword.missing", {keyword}));
    }
  }

  void density(const CheckText& text, const std::vector<std::string>& keywords, std::vector<Finding>& out) const {
    const std::size_t units = textUnits(text.bytes());
    if (units < m_minUnits || units == 0) return;
    for (const auto& keyword : keywords) {
      const std::size_t keywordUnits = textUnits(keyword);
      if (keywordUnits == 0) continue;
      std::vector<TermHit> hits;
      forms(keyword).findAll(text, hits);
      keepLongest(hits);
      if (hits.size() < m_minCount) continue;
      const double percent = 100.0 * static_cast<double>(hits.size() * keywordUnits) / static_cast<double>(units);
      if (percent <= m_maxPercent) continue;
      char shown[16];
      std::snprintf(shown, sizeof shown, "%.1f", std::round(percent * 10) / 10);
      // Underline the first use beyond the limit, the point where the text starts stuffing,
      const auto allowed = static_cast<std::size_t>(m_maxPercent * static_cast<double>(units) / 100.0 /
                                                    static_cast<double>(keywordUnits));
      // and never before the use that makes it `min_count` (the first uses are fine in any text).
      const TermHit& at = hits[std::min(std::max(allowed, m_minCount - 1), hits.size() - 1)];
      out.push_back(finding(at.start, at.end - at.start, "keyword.density", {keyword, shown}));
    }
  }

  bool m_density;
  double m_maxPercent;
  std::size_t m_minUnits;
  std::size_t m_minCount;
};

}  // namespace

Result<std::unique_ptr<Rule>> makeKeywordRule(RuleMeta meta, const toml::table& rule, const RuleKindContext&) {
  auto which = requiredString(rule, "check");
  if (!which) return which.error();
  if (*which != "coverage" && *which != "density")
    return tomlError(rule, "check", "checks.keywords.unknown-check", {*which});
  auto maxPercent = optionalNumber(rule, "max_percent", 5.0);
  if (!maxPercent) return maxPercent.error();
  if (*maxPercent <= 0 || *maxPercent > 100) return tomlError(rule, "max_percent", "checks.keywords.bad-max-percent");
  auto minUnits = optionalInteger(rule, "min_units", 0);
  if (!minUnits) return minUnits.error();
  auto minCount = optionalInteger(rule, "min_count", 3, 1);
  if (!minCount) return minCount.error();
  return std::unique_ptr<Rule>(new KeywordRule(std::move(meta), *which == "density", *maxPercent,
                                               static_cast<std::size_t>(*minUnits),
                                               static_cast<std::size_t>(*minCount)));
}

}  // namespace copydesk
