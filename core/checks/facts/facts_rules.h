#pragma once

#include <memory>

#include <toml++/toml.h>

#include "core/checks/rule.h"
#include "core/common/result.h"

namespace copydesk {

// The rule kinds that hold copy to the catalog's facts (docs/checks.md, facts.toml):
// "facts-numbers": quantities with units against the product's data (facts.number-mismatch,
//   facts.number-unstated), units converted (1 L = 1000 ml, 50g×5 = 250 g, 1-9/16" ≠ 9/16");
// "facts-terms": materials and colours from a vocabulary table against the product's data
//   (facts.material-mismatch, facts.colour-mismatch).
Result<std::unique_ptr<Rule>> makeFactNumbersRule(RuleMeta meta, const toml::table& table);
Result<std::unique_ptr<Rule>> makeFactTermsRule(RuleMeta meta, const toml::table& table);

}  // namespace copydesk
