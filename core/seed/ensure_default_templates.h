#pragma once

#include <filesystem>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// Saves the shipped default templates (resources/templates) when the store has no template at all,
// so that `generate --template description-en` works on any new database, from the CLI as from the
// studio. Returns how many were saved (0 when templates already exist). One transaction.
Result<int> ensureDefaultTemplates(Database& db, const std::filesystem::path& resources);

}  // namespace copydesk
