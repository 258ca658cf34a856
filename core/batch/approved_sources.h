#pragma once

#include <cstdint>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk::batch {

// What `translate --approved` translates (issue 14): every approved or exported draft in the
// catalog's own language (translations themselves are not translated again), in id order.
Result<std::vector<std::int64_t>> approvedSourceDrafts(Database& db);

}  // namespace copydesk::batch
