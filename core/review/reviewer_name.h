#pragma once

#include <string>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// Who a decision or an export is recorded under: the explicit name when given, else the
// `reviewer_name` setting, else copydesk::currentUserName().
std::string reviewerName(Database& db, const std::string& explicitName = {});

// The `reviewer_name` setting itself ("" when unset): the studio's Settings dialog edits it, so the
// studio's reviews and the CLI's record the same name.
Result<std::string> storedReviewerName(Database& db);
Status setReviewerName(Database& db, const std::string& name);  // "" clears it

}  // namespace copydesk
