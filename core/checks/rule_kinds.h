#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/checks/rule.h"
#include "core/checks/rule_book.h"
#include "core/common/result.h"

namespace copydesk {

// What a rule kind may read besides its own [[rule]] table.
struct RuleKindContext {
  const toml::table& file;  // the whole rule file: the glossary's [[brand]] tables
  // Every channel of the book; filled once all files are read, before the book is handed out.
  std::shared_ptr<const std::vector<CheckChannel>> channels;
};

using RuleFactory = Result<std::unique_ptr<Rule>> (*)(RuleMeta meta, const toml::table& rule,
                                                      const RuleKindContext& context);

struct RuleKind {
  std::string_view name;  // the rule table's `kind`
  RuleFactory make;
};

// The explicit table of kinds (no self-registration: a static library drops unreferenced
// initialisers, and the table says in one place what a rule file may name).
const std::vector<RuleKind>& ruleKinds();
const RuleKind* findRuleKind(std::string_view name);

}  // namespace copydesk
