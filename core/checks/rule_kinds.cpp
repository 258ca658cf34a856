#include "core/checks/rule_kinds.h"

#include <algorithm>

#include "core/checks/rules/rule_factories.h"

namespace copydesk {

const std::vector<RuleKind>& ruleKinds() {
  static const std::vector<RuleKind> kinds = {
      {"terms", makeTermRule},
      // TODO(facts helper): "facts-numbers" and "facts-terms" (core/checks/facts/facts_rules.h)
      // join the table once core/checks/facts/*.cpp exist.
  };
  return kinds;
}

const RuleKind* findRuleKind(std::string_view name) {
  const auto& kinds = ruleKinds();
  auto it = std::find_if(kinds.begin(), kinds.end(), [&](const RuleKind& k) { return k.name == name; });
  return it == kinds.end() ? nullptr : &*it;
}

}  // namespace copydesk
