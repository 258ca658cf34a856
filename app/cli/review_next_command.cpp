// copydesk-cli review-next [--hold MINUTES] [--reviewer NAME] [--release DRAFT_ID]
// A team's review queue from the command line: the next submitted draft nobody else holds.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/review/review_claims.h"
#include "core/review/reviewer_name.h"

namespace copydesk::cli {
namespace {

struct ReviewNextArgs {
  int holdMinutes = 15;
  std::string reviewer;
  std::int64_t release = 0;
};

int runReviewNext(CliContext& context, const ReviewNextArgs& args) {
  if (args.holdMinutes < 1) {
    std::cerr << "review-next: --hold takes a number of minutes above 0\n";
    return kExitBadInput;
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  const std::string who = reviewerName(*db, args.reviewer);
  if (args.release != 0) {
    if (auto st = releaseClaim(*db, args.release, who); !st) return reportError(st.error());
    std::cout << "draft " << args.release << " is back in the queue\n";
    return kExitOk;
  }
  auto claimed = claimNextDraft(*db, {who, std::chrono::minutes(args.holdMinutes)});
  if (!claimed) return reportError(claimed.error());
  if (!*claimed) {
    std::cout << "no submitted draft is waiting for a reviewer\n";
    return kExitOk;
  }
  const Draft& draft = **claimed;
  std::cout << "draft " << draft.id << " (" << draft.sku << ", " << draft.field << ") is yours until "
            << draft.claimExpires << "\n\n"
            << draft.text << '\n';
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<ReviewNextArgs>();
  CLI::App* cmd = app.add_subcommand(
      "review-next",
      "Take the next submitted draft no other reviewer holds, and hold it for --hold minutes\n"
      "(asking again while holding one gives the same draft; deciding it with `review` lets it go).\n"
      "On a team store, reviewers asking at once always get different drafts.");
  cmd->add_option("--hold", args->holdMinutes, "minutes the draft stays yours (default 15)");
  cmd->add_option("--reviewer", args->reviewer,
                  "who reviews (default: the reviewer_name setting, else $COPYDESK_USER, else the OS user; "
                  "on a team store always the connected role)");
  cmd->add_option("--release", args->release, "give this held draft back to the queue instead");
  cmd->callback([args, &context] { context.exitCode = runReviewNext(context, *args); });
}

static const bool registered = registerCommand("review-next", install);

}  // namespace
}  // namespace copydesk::cli
