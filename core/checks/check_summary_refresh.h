#pragma once

#include <cstddef>

#include "core/checks/rule_book.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// Checks up to `maxDrafts` drafts whose summary is missing or stale and stores their summaries,
// in one transaction. Returns how many it checked: 0 means every summary is current. The studio
// calls it in small jobs on its store thread until it returns 0 (so other store work interleaves);
// copydesk-cli check --all brings every summary up to date.
Result<std::size_t> refreshCheckSummaries(Database& db, const RuleBook& book, std::size_t maxDrafts);

}  // namespace copydesk
