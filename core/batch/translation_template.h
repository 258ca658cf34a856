#pragma once

#include <string>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk::batch {

// The shipped translation templates (issue 14), resources/templates/translate/: instructions in
// English or Chinese, for any target. Not among the default templates a new store is seeded with
// (they need a source draft to render): the first translation stores the one it uses.
inline constexpr const char* kDefaultTranslationTemplate = "translate-en";

// What BatchSpec::templateRef should name to translate with `name`: the stored template when the
// store has it (the user may have edited it), else the shipped file resources/templates/translate/NAME.json
// (stores made before the translation templates were shipped), which the planner then stores.
Result<std::string> translationTemplateRef(Database& db, const std::string& name = kDefaultTranslationTemplate);

}  // namespace copydesk::batch
