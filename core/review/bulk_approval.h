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

// What became of one draft of a bulk approval.
enum class BulkOutcome {
  Approved,       // approved (past its error findings, when an override reason was given)
  NeedsOverride,  // its checks found errors and no reason was given: approve it alone, with one
  Refused,        // the review rules said no (not submitted, gone …): see error
};

struct DraftApproval {
  std::int64_t draftId = 0;
  BulkOutcome outcome = BulkOutcome::Refused;
  std::optional<Draft> draft;     // Approved: as stored now, without its text (a whole queue may be approved)
  std::vector<Finding> findings;  // NeedsOverride: the error findings that stopped it; Approved: those overridden
  std::optional<Error> error;     // Refused: why
};

struct BulkApprovalRequest {
  std::vector<std::int64_t> draftIds;
  std::string comment;
  std::string overrideReason;  // non-empty: every draft is approved past its error findings, audited each
  std::string reviewer;        // "" : reviewerName()
};

// Approves many drafts at once through the one approval rule (approveChecked), the review page's
// "Approve selected…" and `copydesk-cli review ID… --approve` alike. One transaction for the lot
// (one write to disk), in which a draft that is refused undoes only its own part. The outcomes
// are in the order of request.draftIds; the error is for the transaction as a whole.
Result<std::vector<DraftApproval>> approveMany(Database& db, const RuleBook& book, const BulkApprovalRequest& request);

}  // namespace copydesk
