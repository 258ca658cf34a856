#pragma once

#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/llm/provider_profile.h"
#include "core/store/database.h"

namespace copydesk::llm {

// The profiles generation can use and the one it uses when none is named — resolved the same way
// by the studio's provider check at start, its Write page and the CLI.
struct EffectiveProfiles {
  // The built-in profiles, each replaced by a stored one of the same name (a changed built-in:
  // `copydesk-cli providers add "Ollama (local)" --base-url …`), then the other stored ones.
  std::vector<ProviderProfile> all;
  // `chosen` (the studio's Preferences → default profile) when it is in `all`, else the built-in
  // default's name ("Ollama (local)") — looked up in `all`, so a stored change of it applies.
  ProviderProfile preferred;
};

Result<EffectiveProfiles> effectiveProfiles(Database& db, const std::string& chosen = {});
// effectiveProfiles(db, chosen).preferred.
Result<ProviderProfile> effectiveDefaultProfile(Database& db, const std::string& chosen = {});

}  // namespace copydesk::llm
