#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/checks/finding.h"
#include "core/checks/rule_book.h"
#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"

namespace copydesk {

// What an approval that respects the checks came to: the approved draft, or the error findings
// that stopped it (the caller asks for an override reason and tries again).
struct CheckedApproval {
  std::optional<Draft> approved;
  std::vector<Finding> blocking;  // error findings of the draft's text; empty when approved
};

struct ApprovalRequest {
  std::int64_t draftId = 0;
  std::string comment;
  std::string overrideReason;  // non-empty: approve past error findings; audited with their rule ids
  std::string reviewer;        // "" : reviewerName()
  std::optional<std::int64_t> seenVersion;  // the draft's rowVersion as the reviewer saw it (ReviewService::decide)
};

// The one approval rule the studio (A, Ctrl+Return, bulk) and copydesk-cli review --approve share:
// a draft whose text has error findings is approved only with an override reason, and the audit
// trail records the override, the reason and the rules overridden.
Result<CheckedApproval> approveChecked(Database& db, const RuleBook& book, const ApprovalRequest& request);

}  // namespace copydesk
