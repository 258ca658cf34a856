#pragma once

#include <cstdint>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk::batch {

// What `translate --approved` translates (issue 14): every approved or exported draft in the
// catalog's own language (translations themselves are not translated again), in id order.
Result<std::vector<std::int64_t>> approvedSourceDrafts(Database& db);
// Of these drafts (the studio's selection), the approved or exported ones, in the order given.
Result<std::vector<std::int64_t>> approvedAmong(Database& db, const std::vector<std::int64_t>& ids);

}  // namespace copydesk::batch
