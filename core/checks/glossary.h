#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/common/result.h"

namespace copydesk {

// The user's glossary for one brand ("" = every brand): terms the copy must not use, terms it
// must use, spellings it prefers, and terms translations keep. Stored as the glossary rule set (glossary.toml) in the
// user's checks folder, so the checks read it like any other rule file.
struct GlossaryEntry {
  std::string brand;
  std::vector<std::string> banned;
  std::vector<std::string> required;
  std::vector<std::pair<std::string, std::string>> preferred;  // found → preferred ("wifi" → "Wi‑Fi")
  // Do not translate (issue 14): product and brand names a translation writes exactly as its source.
  std::vector<std::string> keep;
};

// The do-not-translate terms for a product of `brand`: the keep lists of the entry for every brand
// and of the brand's own, and the brand name itself; each once, longest first.
std::vector<std::string> keepTerms(const std::vector<GlossaryEntry>& entries, const std::string& brand);
// The glossary in force: the user's checks folder's glossary.toml, else the shipped one (empty).
std::filesystem::path glossaryInForce();

Result<std::vector<GlossaryEntry>> readGlossary(const std::filesystem::path& file);
// Writes the whole glossary rule set (atomically: a temporary file renamed over the old one).
Status writeGlossary(const std::filesystem::path& file, const std::vector<GlossaryEntry>& entries);

}  // namespace copydesk
