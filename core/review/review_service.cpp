#include "core/review/review_service.h"

#include <algorithm>

#include "core/experiments/experiment_store.h"
#include "core/review/reviewer_name.h"
#include "core/store/audit_store.h"
#include "core/store/draft_store.h"
#include "core/store/review_store.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

bool isBlank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

std::string idOf(std::int64_t draftId) { return std::to_string(draftId); }

// The status a decision moves to, or the refusal explaining why it cannot.
Result<DraftStatus> target(const Draft& draft, ReviewAction action, const std::string& comment) {
  const DraftStatus from = draft.status;
  // The status is an arg in core's own words ("approved"); the studio words it in the reader's.
  const std::string is(toString(from));
  switch (action) {
    case ReviewAction::Submit:
      if (from == DraftStatus::Draft || from == DraftStatus::Rejected) {
        if (isBlank(draft.text)) return makeError("review.submit-blank", ErrorCode::InvalidInput, {idOf(draft.id)});
        return DraftStatus::Submitted;
      }
      return makeError("review.cannot-submit", ErrorCode::InvalidInput, {idOf(draft.id), is});
    case ReviewAction::Approve:
      if (from == DraftStatus::Submitted) return DraftStatus::Approved;
      if (from == DraftStatus::Draft || from == DraftStatus::Rejected) {
        return makeError("review.approve-unsubmitted", ErrorCode::InvalidInput, {idOf(draft.id), is});
      }
      return makeError("review.approve-again", ErrorCode::InvalidInput, {idOf(draft.id), is});
    case ReviewAction::Reject:
      if (isBlank(comment)) {
        return makeError("review.reject-without-comment", ErrorCode::InvalidInput, {idOf(draft.id)});
      }
      if (from == DraftStatus::Submitted || from == DraftStatus::Approved || from == DraftStatus::Exported) {
        return DraftStatus::Rejected;
      }
      return makeError("review.cannot-reject", ErrorCode::InvalidInput, {idOf(draft.id), is});
  }
  return makeError("review.unknown-action", ErrorCode::Internal, {idOf(draft.id)});
}

}  // namespace

std::string_view toString(ReviewAction action) {
  switch (action) {
    case ReviewAction::Submit: return "submit";
    case ReviewAction::Approve: return "approve";
    case ReviewAction::Reject: return "reject";
  }
  return "?";
}

Result<Draft> ReviewService::decide(std::int64_t draftId, ReviewAction action, const std::string& comment,
                                    const std::string& reviewer, const std::optional<ChecksOverride>& checks,
                                    std::optional<std::int64_t> seenVersion) {
  const std::string who = reviewerName(m_db, reviewer);
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  DraftStore drafts(m_db);
  auto found = drafts.get(draftId);
  if (!found) return found.error();
  if (!*found) return makeError("draft.not-found", ErrorCode::NotFound, {std::to_string(draftId)});
  Draft draft = std::move(**found);
  if (seenVersion && draft.rowVersion != *seenVersion) return changedElsewhere(draftId);
  auto to = target(draft, action, comment);
  if (!to) return to.error();
  const DraftStatus from = draft.status;
  // Against the version read above: a reviewer deciding the same draft at this moment makes it
  // fail (on PostgreSQL the update waits for theirs, then finds a newer version).
  if (auto st = drafts.setStatus(draftId, *to, draft.rowVersion); !st) {
    return st.error().code == ErrorCode::Conflict ? changedElsewhere(draftId) : st.error();
  }
  const bool override = (action == ReviewAction::Reject && from != DraftStatus::Submitted) || checks;
  if (auto st = record(draft, toString(action), from, *to, who, comment, override, checks ? &*checks : nullptr); !st)
    return st.error();
  if (action == ReviewAction::Approve) {
    if (auto st = supersedeOthers(draft, who); !st) return st.error();
  }
  if (auto st = tx.commit(); !st) return st.error();
  draft.status = *to;
  return draft;
}

Status ReviewService::supersedeOthers(const Draft& approved, const std::string& reviewer) {
  DraftStore drafts(m_db);
  // Copy for another persona (issue 13) is no rival: each persona has its approved text.
  DraftQuery rivals{.productId = approved.productId, .field = approved.field};
  rivals.persona = approved.persona;
  // Nor is the answer to another question (issue 14): each question has its approved answer.
  rivals.questionId = approved.questionId.value_or(0);
  rivals.language = approved.language;  // nor is a translation (issue 14): each language has its own
  auto others = drafts.list(rivals);
  if (!others) return others.error();
  // Variants of one A/B experiment (issue 13) are approved side by side: the shop shows them all.
  auto siblings = ExperimentStore(m_db).siblingsOf(approved.id);
  if (!siblings) return siblings.error();
  for (const Draft& other : *others) {
    if (other.id == approved.id) continue;
    if (std::find(siblings->begin(), siblings->end(), other.id) != siblings->end()) continue;
    if (other.status != DraftStatus::Approved && other.status != DraftStatus::Exported) continue;
    if (auto st = drafts.setStatus(other.id, DraftStatus::Draft); !st) return st;
    const std::string why = "superseded by draft " + std::to_string(approved.id);
    if (auto st = record(other, "supersede", other.status, DraftStatus::Draft, reviewer, why, false); !st) return st;
  }
  return {};
}

// Who changed the draft since it was read: the last decision when its status is one a decision
// made, else the last edit. Read after the refused change, so it sees the change that won.
Error ReviewService::changedElsewhere(std::int64_t draftId) {
  auto draft = DraftStore(m_db).get(draftId);
  if (!draft) return draft.error();
  if (!*draft) return makeError("draft.not-found", ErrorCode::NotFound, {std::to_string(draftId)});
  const std::string id = std::to_string(draftId);
  auto reviews = ReviewStore(m_db).forDraft(draftId);
  if (!reviews) return reviews.error();
  auto edits = DraftStore(m_db).history(draftId);
  if (!edits) return edits.error();
  const DraftEdit lastEdit = edits->empty() ? DraftEdit{} : edits->back();
  const Review* lastReview = reviews->empty() ? nullptr : &reviews->back();
  if (lastReview && lastReview->createdAt >= lastEdit.createdAt) {
    if (lastReview->action == "approve" || lastReview->action == "reject") {
      return makeError("review.decided-elsewhere", ErrorCode::Conflict,
                       {id, lastReview->reviewer, lastReview->toStatus, lastReview->createdAt, lastReview->comment});
    }
    return makeError("review.changed-elsewhere", ErrorCode::Conflict, {id, lastReview->reviewer, lastReview->createdAt});
  }
  return makeError("review.changed-elsewhere", ErrorCode::Conflict, {id, lastEdit.author, lastEdit.createdAt});
}

Result<Draft> ReviewService::edit(std::int64_t draftId, const std::string& text, const std::string& author,
                                  std::optional<std::int64_t> seenVersion) {
  const std::string who = reviewerName(m_db, author);
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  DraftStore drafts(m_db);
  auto before = drafts.get(draftId);
  if (!before) return before.error();
  if (!*before) return makeError("draft.not-found", ErrorCode::NotFound, {std::to_string(draftId)});
  auto edited = drafts.editText(draftId, text, who, seenVersion.value_or((*before)->rowVersion));
  if (!edited) return edited.error();
  const DraftStatus from = (*before)->status;
  if (from != edited->status) {
    auto st = record(*edited, "edit", from, edited->status, who, "edited after " + std::string(toString(from)), false);
    if (!st) return st.error();
  } else {
    AuditEntry entry{.actor = who, .action = "edit", .entity = "draft", .entityId = draftId};
    entry.detail = {{"status", toString(from)}, {"chars", text.size()}};
    if (auto id = AuditStore(m_db).append(entry); !id) return id.error();
  }
  if (auto st = tx.commit(); !st) return st.error();
  return edited;
}

Status ReviewService::record(const Draft& draft, std::string_view action, DraftStatus from, DraftStatus to,
                             const std::string& who, const std::string& comment, bool override,
                             const ChecksOverride* checks) {
  Review review{.draftId = draft.id,
                .action = std::string(action),
                .fromStatus = std::string(toString(from)),
                .toStatus = std::string(toString(to)),
                .reviewer = who,
                .comment = comment,
                .text = draft.text};
  auto added = ReviewStore(m_db).add(review);
  if (!added) return added.error();
  AuditEntry entry{.actor = who, .action = std::string(action), .entity = "draft", .entityId = draft.id};
  entry.detail = {{"sku", draft.sku},         {"field", draft.field}, {"from", review.fromStatus},
                  {"to", review.toStatus},    {"review_id", added->id}, {"comment", comment}};
  if (override) entry.detail["override"] = true;
  if (checks) {
    entry.detail["override_reason"] = checks->reason;
    entry.detail["overridden_rules"] = checks->rules;
  }
  auto appended = AuditStore(m_db).append(entry);
  if (!appended) return appended.error();
  return {};
}

}  // namespace copydesk
