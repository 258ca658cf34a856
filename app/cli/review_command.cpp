// copydesk-cli review DRAFT_ID (--submit | --approve [--override REASON] | --reject) [--comment TEXT] [--reviewer NAME]
#include <iostream>

#include "app/cli/check_output.h"
#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/review/checked_approval.h"
#include "core/review/review_service.h"
#include "core/review/reviewer_name.h"

namespace copydesk::cli {
namespace {

struct ReviewArgs {
  std::int64_t draftId = 0;
  bool submit = false;
  bool approve = false;
  bool reject = false;
  std::string comment;
  std::string reviewer;
  std::string overrideReason;
};

// Approval goes through the checks: error findings need --override with a reason (exit 4 without).
int approve(Database& db, const ReviewArgs& args, const std::string& who) {
  RuleBookLoad rules = loadRuleBook();
  if (!rules.problems.empty()) return reportRuleProblems(rules.problems);
  auto outcome = approveChecked(db, *rules.book, {args.draftId, args.comment, args.overrideReason, who});
  if (!outcome) return reportError(outcome.error());
  if (!outcome->approved) {
    std::cerr << "review: draft " << args.draftId << " has " << outcome->blocking.size()
              << " error finding(s); approve it past them with --override \"REASON\":\n";
    printFindingLines(outcome->blocking, std::cerr);
    return kExitChecksFailed;
  }
  const Draft& draft = *outcome->approved;
  std::cout << "draft " << draft.id << " (" << draft.sku << ", " << draft.field << ") is now "
            << toString(draft.status) << " (approve by " << who << ")";
  if (!outcome->blocking.empty()) std::cout << ", overriding " << outcome->blocking.size() << " error finding(s)";
  std::cout << '\n';
  return kExitOk;
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
  ReviewService service(*db);
  auto draft = service.decide(args.draftId, action, args.comment, who);
  if (!draft) return reportError(draft.error());
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
      "the approval is refused with exit code 4 and the findings named.");
  cmd->add_option("DRAFT_ID", args->draftId, "the draft's id")->required();
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
