#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/persona.h"

namespace copydesk {

// The example personas shipped in resources/personas (issue 13), one file per language:
// personas-en.json (budget-students, gift-buyers, outdoor-enthusiasts, parents) and personas-zh.json
// (学生党, 送礼人群, 户外爱好者, 宝爸宝妈). They are offered, never seeded: a new store has no persona,
// so `generate --personas all` writes for exactly the personas someone chose.
Result<std::vector<Persona>> loadExamplePersonas(const std::filesystem::path& resources, const std::string& language);

// Adds the examples of `language` ("en" or "zh") that the store does not have by name; returns how
// many were added.
Result<int> addExamplePersonas(Database& db, const std::filesystem::path& resources, const std::string& language);

}  // namespace copydesk
