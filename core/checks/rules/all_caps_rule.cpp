// kind "all-caps": words written in capitals (3+ letters, no lower-case letter), except the
// acronyms and units of `exempt` (USB, LED, HDMI, USA …). Words holding digits are model
// numbers (RTX4090), never shouting.
#include <algorithm>

#include "core/checks/rules/product_facts.h"
#include "core/checks/rules/rule_factories.h"
#include "core/checks/rules/term_matcher.h"
#include "core/checks/rules/words.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

class AllCapsRule final : public Rule {
 public:
  AllCapsRule(RuleMeta meta, std::size_t minLetters, std::vector<std::string> exempt)
      : Rule(std::move(meta)), m_minLetters(minLetters), m_exempt(std::move(exempt)) {
    std::sort(m_exempt.begin(), m_exempt.end());
  }

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    const std::string_view bytes = text.bytes();
    // A brand written in capitals (SONY, ANKER) is its name, not shouting.
    const std::string brand = foldAscii(brandOf(input.brand, input.product));
    std::vector<std::string_view> brandWords;
    for (const Word& word : latinWords(brand)) brandWords.push_back(std::string_view(brand).substr(word.start, word.end - word.start));
    for (const Word& word : latinWords(bytes)) {
      if (!word.upper || word.letters < m_minLetters || word.letters != word.end - word.start) continue;
      const std::string_view w = text.folded().substr(word.start, word.end - word.start);
      if (std::binary_search(m_exempt.begin(), m_exempt.end(), w)) continue;
      if (std::find(brandWords.begin(), brandWords.end(), w) != brandWords.end()) continue;
      out.push_back(finding(word.start, word.end - word.start, "word.all-caps",
                            {std::string(bytes.substr(word.start, word.end - word.start))}));
    }
  }

 private:
  std::size_t m_minLetters;
  std::vector<std::string> m_exempt;  // folded, sorted
};

}  // namespace

Result<std::unique_ptr<Rule>> makeAllCapsRule(RuleMeta meta, const toml::table& rule, const RuleKindContext&) {
  auto minLetters = optionalInteger(rule, "min_letters", 3, 2);
  if (!minLetters) return minLetters.error();
  auto exempt = stringList(rule, "exempt");
  if (!exempt) return exempt.error();
  for (auto& word : *exempt) word = foldAscii(word);
  return std::unique_ptr<Rule>(
      new AllCapsRule(std::move(meta), static_cast<std::size_t>(*minLetters), std::move(*exempt)));
}

}  // namespace copydesk
