#pragma once

#include <memory>

#include <toml++/toml.h>

#include "core/checks/rule_kinds.h"

namespace copydesk {

// One factory per rule kind (docs/checks.md, "Rule kinds"), each in its own file of this folder.
Result<std::unique_ptr<Rule>> makeTermRule(RuleMeta meta, const toml::table& rule, const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeCharRule(RuleMeta meta, const toml::table& rule, const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeEmojiRule(RuleMeta meta, const toml::table& rule, const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeRepeatedWordRule(RuleMeta meta, const toml::table& rule,
                                                   const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeAllCapsRule(RuleMeta meta, const toml::table& rule, const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeGlossaryRule(RuleMeta meta, const toml::table& rule, const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeHtmlSafetyRule(RuleMeta meta, const toml::table& rule,
                                                 const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeKeywordRule(RuleMeta meta, const toml::table& rule, const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeSentenceRule(RuleMeta meta, const toml::table& rule, const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeRepeatedPhraseRule(RuleMeta meta, const toml::table& rule,
                                                     const RuleKindContext& context);
Result<std::unique_ptr<Rule>> makeChannelLimitRule(RuleMeta meta, const toml::table& rule,
                                                   const RuleKindContext& context);

}  // namespace copydesk
