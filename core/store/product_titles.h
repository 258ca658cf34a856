#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// The titles of these products in one statement, by id (ids not stored are left out): what a
// page of drafts shows beside each draft.
Result<std::unordered_map<std::int64_t, std::string>> productTitles(Database& db, std::span<const std::int64_t> ids);

}  // namespace copydesk
