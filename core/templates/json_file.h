#pragma once

#include <filesystem>
#include <string>

#include "core/common/json.h"
#include "core/common/result.h"

namespace copydesk {

// Reads a whole file as bytes. Error: "FILE: cannot read (reason)".
Result<std::string> readTextFile(const std::filesystem::path& path);

// Parses JSON text; a syntax error names "WHERE:LINE:COL" and the cause.
Result<Json> parseJsonText(const std::string& text, const std::string& where);

// readTextFile + parseJsonText.
Result<Json> readJsonFile(const std::filesystem::path& path);

}  // namespace copydesk
