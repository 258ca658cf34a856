#include "core/llm/effective_profiles.h"

#include <algorithm>

#include "core/llm/builtin_profiles.h"
#include "core/llm/provider_profile_store.h"

namespace copydesk::llm {

Result<EffectiveProfiles> effectiveProfiles(Database& db, const std::string& chosen) {
  auto all = ProviderProfileStore(db).listWithBuiltIns();
  if (!all) return all.error();
  EffectiveProfiles result;
  result.all = std::move(*all);
  auto named = [&](const std::string& name) {
    return std::find_if(result.all.begin(), result.all.end(), [&](const auto& p) { return p.name == name; });
  };
  auto it = chosen.empty() ? result.all.end() : named(chosen);
  // A chosen default that no longer exists falls back to the built-in one rather than to nothing.
  if (it == result.all.end()) it = named(defaultProfile().name);
  result.preferred = it != result.all.end() ? *it : defaultProfile();
  return result;
}

Result<ProviderProfile> effectiveDefaultProfile(Database& db, const std::string& chosen) {
  auto profiles = effectiveProfiles(db, chosen);
  if (!profiles) return profiles.error();
  return std::move(profiles->preferred);
}

}  // namespace copydesk::llm
