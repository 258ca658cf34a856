#pragma once

#include <filesystem>
#include <string>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/templates/prompt_template.h"

namespace copydesk {

// Loads a prompt template from a file:
//  - NAME.json: {"name", "field", "channel", "language", "system", "user", "model", "temperature",
//    "max_tokens", "variables"}; "system" and "user" are a string or a list of lines (joined
//    with "\n", so long prompts stay readable in JSON); only "user" is required.
//  - any other file (NAME.mustache, NAME.txt…): the whole text is the user part, field
//    "description", name NAME.
// Errors name the file (and line:column for broken JSON).
Result<PromptTemplate> loadTemplateFile(const std::filesystem::path& path);

// The .json form of a template definition, without the file (where names it in errors).
Result<PromptTemplate> templateFromJson(const Json& definition, const std::string& fallbackName,
                                        const std::string& where);
Json templateToJson(const PromptTemplate& prompt);

}  // namespace copydesk
