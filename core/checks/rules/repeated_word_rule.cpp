// kind "repeated-word": a word used more than `max` times in one text (Amazon: no word more than
// twice in a title). Stop words (`exempt`: articles, prepositions, conjunctions) and numbers do
// not count. Latin words only; case does not matter.
#include <algorithm>
#include <unordered_map>

#include "core/checks/rules/rule_factories.h"
#include "core/checks/rules/term_matcher.h"
#include "core/checks/rules/words.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

class RepeatedWordRule final : public Rule {
 public:
  RepeatedWordRule(RuleMeta meta, std::size_t max, std::vector<std::string> exempt)
      : Rule(std::move(meta)), m_max(max), m_exempt(std::move(exempt)) {
    std::sort(m_exempt.begin(), m_exempt.end());
  }

  void check(const CheckText& text, const CheckInput&, std::vector<Finding>& out) const override {
    struct Seen {
      std::size_t count = 0;
      std::size_t firstOver = 0;  // the word's first use beyond the limit
      std::size_t overLength = 0;
    };
    std::unordered_map<std::string_view, Seen> seen;
    const std::string_view folded = text.folded();
    for (const Word& word : latinWords(folded)) {
      if (word.letters == 0) continue;
      const std::string_view w = folded.substr(word.start, word.end - word.start);
      if (std::binary_search(m_exempt.begin(), m_exempt.end(), w)) continue;
      Seen& s = seen[w];
      if (++s.count == m_max + 1) {
        s.firstOver = word.start;
        s.overLength = word.end - word.start;
      }
    }
    std::vector<std::pair<std::string_view, Seen>> over;
    for (const auto& [w, s] : seen)
      if (s.count > m_max) over.emplace_back(w, s);
    std::sort(over.begin(), over.end(), [](const auto& a, const auto& b) { return a.second.firstOver < b.second.firstOver; });
    for (const auto& [w, s] : over)
      out.push_back(finding(s.firstOver, s.overLength, "word.repeated",
                            {std::string(text.bytes().substr(s.firstOver, s.overLength)), std::to_string(s.count)}));
  }

 private:
  std::size_t m_max;
  std::vector<std::string> m_exempt;  // folded, sorted
};

}  // namespace

Result<std::unique_ptr<Rule>> makeRepeatedWordRule(RuleMeta meta, const toml::table& rule, const RuleKindContext&) {
  auto max = optionalInteger(rule, "max", 2, 1);
  if (!max) return max.error();
  auto exempt = stringList(rule, "exempt");
  if (!exempt) return exempt.error();
  for (auto& word : *exempt) word = foldAscii(word);
  return std::unique_ptr<Rule>(new RepeatedWordRule(std::move(meta), static_cast<std::size_t>(*max), std::move(*exempt)));
}

}  // namespace copydesk
