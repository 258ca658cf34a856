#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/llm/provider_profile.h"
#include "core/store/database.h"

namespace copydesk::llm {

// The provider_profiles table: user-made profiles (and overrides of built-in ones) as JSON.
// Never holds a key — only apiKeyEnv, the name of the variable that does.
class ProviderProfileStore final {
 public:
  explicit ProviderProfileStore(Database& db) : m_db(db) {}

  Status save(const ProviderProfile& profile);         // insert or replace by name
  Result<bool> remove(const std::string& name);        // false: there was none
  Result<std::optional<ProviderProfile>> find(const std::string& name);
  Result<std::vector<ProviderProfile>> list();         // stored ones, by name
  // Built-in profiles overlaid by stored ones of the same name, then the other stored ones.
  Result<std::vector<ProviderProfile>> listWithBuiltIns();
  // A stored profile, else a built-in one (case-insensitive); NotFound otherwise.
  Result<ProviderProfile> resolve(const std::string& name);

 private:
  Database& m_db;
};

}  // namespace copydesk::llm
