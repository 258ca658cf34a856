#include "core/review/bulk_approval.h"

#include <unordered_map>

#include "core/review/checked_approval.h"
#include "core/store/draft_store.h"

namespace copydesk {
namespace {

DraftApproval approveOne(Database& db, const RuleBook& book, const BulkApprovalRequest& request, std::int64_t id) {
  DraftApproval result;
  result.draftId = id;
  auto decided = approveChecked(db, book, {id, request.comment, request.overrideReason, request.reviewer});
  if (!decided) {
    result.error = decided.error();
    return result;
  }
  result.outcome = decided->approved ? BulkOutcome::Approved : BulkOutcome::NeedsOverride;
  result.findings = std::move(decided->blocking);
  return result;
}

// The approved drafts read back as stored now, in one statement and without their texts.
Status rereadApproved(Database& db, std::vector<DraftApproval>& outcomes) {
  std::vector<std::int64_t> ids;
  for (const DraftApproval& a : outcomes)
    if (a.outcome == BulkOutcome::Approved) ids.push_back(a.draftId);
  auto fresh = DraftStore(db).withoutText(ids);
  if (!fresh) return fresh.error();
  std::unordered_map<std::int64_t, Draft> byId;
  for (Draft& draft : *fresh) byId.emplace(draft.id, std::move(draft));
  for (DraftApproval& a : outcomes) {
    if (auto it = byId.find(a.draftId); a.outcome == BulkOutcome::Approved && it != byId.end()) a.draft = it->second;
  }
  return {};
}

}  // namespace

Result<std::vector<DraftApproval>> approveMany(Database& db, const RuleBook& book, const BulkApprovalRequest& request) {
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  std::vector<DraftApproval> outcomes;
  outcomes.reserve(request.draftIds.size());
  for (std::int64_t id : request.draftIds) outcomes.push_back(approveOne(db, book, request, id));
  if (auto st = tx.commit(); !st) return st.error();
  if (auto st = rereadApproved(db, outcomes); !st) return st.error();
  return outcomes;
}

}  // namespace copydesk
