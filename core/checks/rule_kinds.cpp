#include "core/checks/rule_kinds.h"

#include <algorithm>

#include "core/checks/facts/facts_rules.h"
#include "core/checks/rules/rule_factories.h"

namespace copydesk {

const std::vector<RuleKind>& ruleKinds() {
  static const std::vector<RuleKind> kinds = {
      {"terms", makeTermRule},
      {"chars", makeCharRule},
      {"emoji", makeEmojiRule},
      {"repeated-word", makeRepeatedWordRule},
      {"all-caps", makeAllCapsRule},
      {"glossary", makeGlossaryRule},
      {"html-safety", makeHtmlSafetyRule},
      {"keywords", makeKeywordRule},
      {"sentences", makeSentenceRule},
      {"repeated-phrase", makeRepeatedPhraseRule},
      {"channel-limits", makeChannelLimitRule},
      // The facts kinds read only their own table.
      {"facts-numbers", [](RuleMeta meta, const toml::table& rule,
                           const RuleKindContext&) { return makeFactNumbersRule(std::move(meta), rule); }},
      {"facts-terms", [](RuleMeta meta, const toml::table& rule,
                         const RuleKindContext&) { return makeFactTermsRule(std::move(meta), rule); }},
  };
  return kinds;
}

const RuleKind* findRuleKind(std::string_view name) {
  const auto& kinds = ruleKinds();
  auto it = std::find_if(kinds.begin(), kinds.end(), [&](const RuleKind& k) { return k.name == name; });
  return it == kinds.end() ? nullptr : &*it;
}

}  // namespace copydesk
