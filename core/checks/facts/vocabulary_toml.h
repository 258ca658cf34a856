#pragma once

#include <string_view>

#include <toml++/toml.h>

#include "core/checks/facts/term_scanner.h"
#include "core/checks/facts/term_vocabulary.h"
#include "core/common/result.h"

namespace copydesk {

// The groups of a facts-terms rule, from its array of tables (`[[rule.material]]` or
// `[[rule.colour]]`):
//   id = "stainless-steel"                 # optional: the first English (else Chinese) name
//   names_en = ["stainless steel"]  names_zh = ["不锈钢"]
//   is_a = ["steel"]                       # ids of broader groups of the same rule
//   endings = ["蓝"]  any = false          # colours: see TermGroup
// A group without names, a duplicate id or an is_a naming no group is an error at its line.
Result<TermVocabulary> readVocabulary(const toml::array& groups, std::string_view what);

// The rule's exempt phrases, negations, modifiers and objects (exempt, negations,
// sentence_negations, modifiers_before, modifiers_after, objects).
Result<TermContext> readTermContext(const toml::table& rule);

}  // namespace copydesk
