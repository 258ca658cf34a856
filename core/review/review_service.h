#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"

namespace copydesk {

// The decisions a review can make about a draft.
enum class ReviewAction { Submit, Approve, Reject };

// A decision taken past the checks: approving text with error findings. The audit entry carries
// the reason and the rules overridden (core/review/checked_approval.h decides when one is needed).
struct ChecksOverride {
  std::string reason;
  std::vector<std::string> rules;
};

// The copy lifecycle of one field of one product:
//
//   draft ──submit──► submitted ──approve──► approved ──export──► exported
//     ▲                   │                    │  │                  │
//     │                   └──reject──►rejected◄┘  └──────reject──────┘ (an override: the comment says why)
//     └──── edit of submitted / approved / exported text (needs approval again)
//
// Rules (each refusal is an InvalidInput error that says what to do instead):
// - submit: from draft or rejected; the text must not be blank.
// - approve: only from submitted. A draft is never approved unseen: submit it first. Approving
//   supersedes any other approved or exported draft of the same product and field (it goes back
//   to draft with a "supersede" review naming its successor, its history kept), so exactly one
//   text per product and field exports. The other variants of the draft's A/B experiment are no
//   rivals (issue 13): they are approved side by side, and the generic export has a row for each.
// - reject: from submitted, approved or exported, and only with a comment for the writer.
//   Rejecting approved or exported text is an override and is audited as one.
// Every transition writes a reviews row (who, when, comment, the exact text) and an audit entry
// in the same transaction.
class ReviewService final {
 public:
  explicit ReviewService(Database& db) : m_db(db) {}

  // `reviewer` empty: the `reviewer_name` setting, else the OS user (see reviewerName()).
  // seenVersion: the draft's rowVersion as the reviewer saw it. When someone changed the draft
  // since (another reviewer decided it, its writer edited it) — or changes it while this decision
  // is being made — nothing is recorded and the ErrorCode::Conflict says who did what:
  // `review.decided-elsewhere` (draft, reviewer, status it went to, when, their comment) or
  // `review.changed-elsewhere` (draft, writer, when). Of several reviewers deciding one draft at
  // once, exactly one wins.
  Result<Draft> decide(std::int64_t draftId, ReviewAction action, const std::string& comment = {},
                       const std::string& reviewer = {}, const std::optional<ChecksOverride>& checks = {},
                       std::optional<std::int64_t> seenVersion = {});
  Result<Draft> submit(std::int64_t draftId, const std::string& reviewer = {}) {
    return decide(draftId, ReviewAction::Submit, {}, reviewer);
  }
  Result<Draft> approve(std::int64_t draftId, const std::string& comment = {}, const std::string& reviewer = {}) {
    return decide(draftId, ReviewAction::Approve, comment, reviewer);
  }
  Result<Draft> reject(std::int64_t draftId, const std::string& comment, const std::string& reviewer = {}) {
    return decide(draftId, ReviewAction::Reject, comment, reviewer);
  }

  // Saves a new version of the text (DraftStore::editText); text that was submitted, approved or
  // exported goes back to draft and needs approval again. Audited, and reviewed when it moved.
  // seenVersion: the version the writer started from; a draft saved by someone else since is
  // refused with `draft.edit-conflict` (DraftStore::editText) and nothing is written.
  Result<Draft> edit(std::int64_t draftId, const std::string& text, const std::string& author = {},
                     std::optional<std::int64_t> seenVersion = {});

 private:
  Status supersedeOthers(const Draft& approved, const std::string& reviewer);
  Error changedElsewhere(std::int64_t draftId);
  Status record(const Draft& draft, std::string_view action, DraftStatus from, DraftStatus to,
                const std::string& who, const std::string& comment, bool override,
                const ChecksOverride* checks = nullptr);

  Database& m_db;
};

std::string_view toString(ReviewAction action);

}  // namespace copydesk
