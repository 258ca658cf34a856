#include "core/review/checked_approval.h"

#include <algorithm>

#include "core/checks/checker.h"
#include "core/checks/draft_check.h"
#include "core/review/review_service.h"

namespace copydesk {
namespace {

std::vector<std::string> distinctRules(const std::vector<Finding>& findings) {
  std::vector<std::string> rules;
  for (const Finding& f : findings)
    if (std::find(rules.begin(), rules.end(), f.rule) == rules.end()) rules.push_back(f.rule);
  return rules;
}

}  // namespace

Result<CheckedApproval> approveChecked(Database& db, const RuleBook& book, const ApprovalRequest& request) {
  // One transaction: the text that was checked is the text that gets approved.
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  auto subject = loadDraftCheckSubject(db, book, request.draftId);
  if (!subject) return subject.error();
  CheckedApproval outcome;
  // Only text that may be approved at all is held to the checks: the review rules' refusal
  // ("submit it first") says more than findings about text nobody could approve anyway.
  const std::vector<Finding> findings = subject->draft.status == DraftStatus::Submitted
                                            ? runChecks(book, subject->input(subject->draft.text))
                                            : std::vector<Finding>{};
  std::copy_if(findings.begin(), findings.end(), std::back_inserter(outcome.blocking),
               [](const Finding& f) { return f.severity == Severity::Error; });
  std::optional<ChecksOverride> override;
  if (!outcome.blocking.empty()) {
    if (request.overrideReason.find_first_not_of(" \t\r\n") == std::string::npos) return outcome;
    override = ChecksOverride{request.overrideReason, distinctRules(outcome.blocking)};
  }
  const std::string& comment = request.comment.empty() && override ? request.overrideReason : request.comment;
  auto approved = ReviewService(db).decide(request.draftId, ReviewAction::Approve, comment, request.reviewer,
                                           override, request.seenVersion);
  if (!approved) return approved.error();
  if (auto st = tx.commit(); !st) return st.error();
  outcome.approved = std::move(*approved);
  if (!override) outcome.blocking.clear();
  return outcome;
}

}  // namespace copydesk
