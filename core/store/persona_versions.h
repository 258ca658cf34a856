#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"

namespace copydesk {

// One product field as told to each audience persona (issue 13), for comparing them side by side:
// per persona, and for no persona, the draft a writer would look at first — the working copy, else
// the latest approved one, else the newest. The copy for no persona comes first, then the personas
// by name (byte order).
Result<std::vector<Draft>> personaVersions(Database& db, std::int64_t productId, const std::string& field);

}  // namespace copydesk
