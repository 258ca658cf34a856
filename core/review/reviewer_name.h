#pragma once

#include <string>

#include "core/store/database.h"

namespace copydesk {

// Who a decision or an export is recorded under: the explicit name when given, else the
// `reviewer_name` setting, else copydesk::currentUserName().
std::string reviewerName(Database& db, const std::string& explicitName = {});

}  // namespace copydesk
