#pragma once

#include <filesystem>
#include <vector>

#include "core/common/result.h"
#include "core/templates/prompt_template.h"

namespace copydesk {

// The prompt templates shipped in resources/templates (resourcesDir() / "templates"): every *.json
// file of dir, sorted by name. Fails on the first file that does not load, naming it.
Result<std::vector<PromptTemplate>> loadDefaultTemplates(const std::filesystem::path& dir);

}  // namespace copydesk
