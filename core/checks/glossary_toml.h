#pragma once

#include <vector>

#include <toml++/toml.h>

#include "core/checks/glossary.h"
#include "core/common/result.h"

namespace copydesk {

// The [[brand]] tables of the glossary rule set (docs/checks.md, "The glossary file"), shared by
// readGlossary() and the "glossary" rule kind.
Result<std::vector<GlossaryEntry>> glossaryEntries(const toml::table& root);

}  // namespace copydesk
