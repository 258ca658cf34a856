#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// The variable_presets table: named sets of user variables (brand voice, audience, tone, …) that a
// writer switches between, stored as a JSON object.
class VariablePresetStore final {
 public:
  explicit VariablePresetStore(Database& db) : m_db(db) {}

  Status save(const std::string& name, const Json& variables);  // insert or replace by name
  Result<std::optional<Json>> load(const std::string& name);
  Result<std::vector<std::string>> names();                      // sorted
  Result<bool> remove(const std::string& name);                  // false: there was none

 private:
  Database& m_db;
};

}  // namespace copydesk
