// copydesk-cli review DRAFT_ID (--submit | --approve [--override REASON] | --reject) [--comment TEXT] [--reviewer NAME]
// (--approve takes several DRAFT_IDs: the review page's bulk approval)
#include <iostream>

#include "app/cli/check_output.h"
#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/review/bulk_approval.h"
#include "core/review/review_service.h"
#include "core/review/reviewer_name.h"

namespace copydesk::cli {
namespace {

struct ReviewArgs {
  std::vector<std::int64_t> draftIds;
  bool submit = false;
  bool approve = false;
  bool reject = false;
  std::string comment;
  std::string reviewer;
  std::string overrideReason;
};

// The store's refusals (a team role that may not decide, a lost server) name the store, which the
// user typed; of several drafts, the one refused is what they need to know.
Error aboutDraft(Error error, std::int64_t draftId) {
  if (error.code == ErrorCode::Database) error.where = "draft " + std::to_string(draftId);
  return error;
}

// One line (or a refusal) per draft; the exit code of the worst: a refusal's, else 4 for error
// findings without --override, else 0.
int reportApproval(const DraftApproval& one, const std::string& who) {
  switch (one.outcome) {
    case BulkOutcome::Approved: {
      const Draft& draft = *one.draft;
      std::cout << "draft " << draft.id << " (" << draft.sku << ", " << draft.field << ") is now "
                << toString(draft.status) << " (approve by " << who << ")";
      if (!one.findings.empty()) std::cout << ", overriding " << one.findings.size() << " error finding(s)";
      std::cout << '\n';
      return kExitOk;
    }
    case BulkOutcome::NeedsOverride:
      std::cerr << "review: draft " << one.draftId << " has " << one.findings.size()
                << " error finding(s); approve it past them with --override \"REASON\":\n";
      printFindingLines(one.findings, std::cerr);
      return kExitChecksFailed;
    case BulkOutcome::Refused: {
      Error error = aboutDraft(one.error.value_or(makeError(ErrorCode::Internal, "not approved")), one.draftId);
      if (error.where.empty()) error.where = "draft " + std::to_string(one.draftId);
      return reportError(error);
    }
  }
  return kExitFailure;
}

// Approval goes through the checks: error findings need --override with a reason (exit 4 without).
int approve(Database& db, const ReviewArgs& args, const std::string& who) {
  RuleBookLoad rules = loadRuleBook();
  if (!rules.problems.empty()) return reportRuleProblems(rules.problems);
  auto outcomes = approveMany(db, *rules.book, {args.draftIds, args.comment, args.overrideReason, who});
  if (!outcomes) return reportError(outcomes.error());
  int refused = kExitOk;
  bool needsOverride = false;
  for (const DraftApproval& one : *outcomes) {
    const int code = reportApproval(one, who);
    if (code == kExitChecksFailed) needsOverride = true;
    else if (code != kExitOk && refused == kExitOk) refused = code;
  }
  if (refused != kExitOk) return refused;
  return needsOverride ? kExitChecksFailed : kExitOk;
}

int runReview(CliContext& context, const ReviewArgs& args) {
  if (args.submit + args.approve + args.reject != 1) {
    std::cerr << "review: give exactly one of --submit, --approve, --reject\n";
    return kExitBadInput;
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  const ReviewAction action = args.submit ? ReviewAction::Submit : args.approve ? ReviewAction::Approve
                                                                                : ReviewAction::Reject;
  const std::string who = reviewerName(*db, args.reviewer);
  if (!args.overrideReason.empty() && !args.approve) {
    std::cerr << "review: --override goes with --approve\n";
    return kExitBadInput;
  }
  if (args.approve) return approve(*db, args, who);
  if (args.draftIds.size() != 1) {
    std::cerr << "review: --submit and --reject take one DRAFT_ID\n";
    return kExitBadInput;
  }
  ReviewService service(*db);
  auto draft = service.decide(args.draftIds.front(), action, args.comment, who);
  if (!draft) return reportError(aboutDraft(draft.error(), args.draftIds.front()));
  std::cout << "draft " << draft->id << " (" << draft->sku << ", " << draft->field << ") is now "
            << toString(draft->status) << " (" << toString(action) << " by " << who << ")\n";
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<ReviewArgs>();
  CLI::App* cmd = app.add_subcommand(
      "review",
      "Submit a draft for review, approve it or reject it.\n"
      "Rules: submit a draft or rejected text; approve only submitted text (approving supersedes the\n"
      "field's earlier approved draft); reject submitted, approved or exported text, always with --comment.\n"
      "Text with error findings (copydesk-cli check) is approved only with --override REASON; without it\n"
      "the approval is refused with exit code 4 and the findings named.\n"
      "--approve takes several ids: each is approved on its own terms, all in one transaction.");
  cmd->add_option("DRAFT_ID", args->draftIds, "the draft's id (with --approve: one or more)")->required();
  auto* submit = cmd->add_flag("--submit", args->submit, "send the draft to the reviewers");
  auto* approve = cmd->add_flag("--approve", args->approve, "approve submitted text: it is what exports");
  auto* reject = cmd->add_flag("--reject", args->reject, "send it back to the writer (needs --comment)");
  submit->excludes(approve)->excludes(reject);
  approve->excludes(reject);
  cmd->add_option("--comment", args->comment, "why (required with --reject)");
  cmd->add_option("--override", args->overrideReason,
                  "with --approve: approve past the checks' error findings, for this reason (audited)");
  cmd->add_option("--reviewer", args->reviewer,
                  "who decides (default: the reviewer_name setting, else $COPYDESK_USER, else the OS user)");
  cmd->callback([args, &context] { context.exitCode = runReview(context, *args); });
}

static const bool registered = registerCommand("review", install);

}  // namespace
}  // namespace copydesk::cli
