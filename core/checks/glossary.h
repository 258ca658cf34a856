#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/common/result.h"

namespace copydesk {

// The user's glossary for one brand ("" = every brand): terms the copy must not use, terms it
// must use, and spellings it prefers. Stored as the glossary rule set (glossary.toml) in the
// user's checks folder, so the checks read it like any other rule file.
struct GlossaryEntry {
  std::string brand;
  std::vector<std::string> banned;
  std::vector<std::string> required;
  std::vector<std::pair<std::string, std::string>> preferred;  // found → preferred ("wifi" → "Wi‑Fi")
};

Result<std::vector<GlossaryEntry>> readGlossary(const std::filesystem::path& file);
// Writes the whole glossary rule set (atomically: a temporary file renamed over the old one).
Status writeGlossary(const std::filesystem::path& file, const std::vector<GlossaryEntry>& entries);

}  // namespace copydesk
