// copydesk-cli check (DRAFT_ID | --all | --text-file FILE) [--channel C] [--product SKU] [--json]
// Exit 0: no finding is an error; 4: one is; 2: bad input (an unknown draft, channel or SKU, a
// file that cannot be read, a broken rule file).
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/cli/check_output.h"
#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "app/cli/grounding_cli.h"
#include "core/checks/check_summary_store.h"
#include "core/checks/checker.h"
#include "core/checks/draft_check.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"

namespace copydesk::cli {
namespace {

struct CheckArgs {
  std::int64_t draftId = 0;
  bool all = false;
  std::string textFile;
  std::string channel;
  std::string sku;
  bool json = false;
  GroundingCliArgs grounding;  // --ground: the opt-in model check (grounding_cli.h)
};

Result<std::string> readWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError(ErrorCode::InvalidInput, "cannot read the file", path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Checks a draft, with --channel replacing the channel its template names.
Result<CheckedText> checkOneDraft(Database& db, const RuleBook& book, std::int64_t id, const std::string& channel) {
  auto subject = loadDraftCheckSubject(db, book, id);
  if (!subject) return subject.error();
  if (!channel.empty()) subject->channel = channel;
  CheckedText checked{.label = "draft " + std::to_string(id), .draftId = id, .text = subject->draft.text};
  checked.findings = runChecks(book, subject->input(subject->draft.text));
  return checked;
}

Result<std::vector<CheckedText>> checkAllDrafts(Database& db, const RuleBook& book, const std::string& channel) {
  auto ids = DraftStore(db).ids({});
  if (!ids) return ids.error();
  CheckSummaryStore summaries(db, fingerprintText(book.fingerprint));
  std::vector<CheckedText> checked;
  Transaction tx(db);  // the summaries the review queue shows, brought up to date on the way
  if (!tx.begun()) return tx.begun().error();
  for (std::int64_t id : *ids) {
    auto one = checkOneDraft(db, book, id, channel);
    if (!one) return one.error();
    if (channel.empty()) {
      if (auto st = summaries.put(summarize(id, one->findings)); !st) return st.error();
    }
    checked.push_back(std::move(*one));
  }
  if (auto st = tx.commit(); !st) return st.error();
  return checked;
}

Result<CheckedText> checkTextFile(Database& db, const RuleBook& book, const CheckArgs& args) {
  auto text = readWholeFile(args.textFile);
  if (!text) return text.error();
  std::optional<Product> product;
  if (!args.sku.empty()) {
    auto found = ProductStore(db).findBySku(args.sku);
    if (!found) return found.error();
    if (!*found) return makeError(ErrorCode::NotFound, "no product with SKU " + args.sku, "--product");
    product = std::move(**found);
  }
  CheckedText checked{.label = args.textFile, .text = std::move(*text)};
  CheckInput input{.text = checked.text, .channel = args.channel, .product = product ? &*product : nullptr};
  if (product) input.brand = product->brand;
  if (const CheckChannel* channel = book.channel(args.channel)) input.field = channel->field;
  input.html = looksLikeHtml(checked.text);
  checked.findings = runChecks(book, input);
  return checked;
}

int runCheck(CliContext& context, const CheckArgs& args) {
  if ((args.draftId > 0) + args.all + !args.textFile.empty() != 1) {
    std::cerr << "check: give exactly one of DRAFT_ID, --all, --text-file FILE\n";
    return kExitBadInput;
  }
  RuleBookLoad rules = loadRuleBook();
  if (!rules.problems.empty()) return reportRuleProblems(rules.problems);
  const RuleBook& book = *rules.book;
  if (!args.channel.empty() && !book.channel(args.channel)) {
    std::cerr << "check: --channel: no channel named \"" << args.channel << "\" (" << channelNames(book) << ")\n";
    return kExitBadInput;
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  Result<std::vector<CheckedText>> checked = std::vector<CheckedText>{};
  if (args.all) {
    checked = checkAllDrafts(*db, book, args.channel);
  } else if (args.draftId > 0) {
    auto one = checkOneDraft(*db, book, args.draftId, args.channel);
    checked = one ? Result<std::vector<CheckedText>>(std::vector<CheckedText>{std::move(*one)})
                  : Result<std::vector<CheckedText>>(one.error());
  } else {
    auto one = checkTextFile(*db, book, args);
    checked = one ? Result<std::vector<CheckedText>>(std::vector<CheckedText>{std::move(*one)})
                  : Result<std::vector<CheckedText>>(one.error());
  }
  if (!checked) return reportError(checked.error());
  if (args.grounding.ground) {
    if (int code = groundCheckedTexts(*db, args.grounding, args.all, args.sku, *checked); code != kExitOk) return code;
  }
  printChecked(*checked, args.json, args.all, std::cout);
  for (const CheckedText& c : *checked)
    if (hasErrors(c.findings)) return kExitChecksFailed;
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Check copy against the rule sets: channel limits, advertising law, marketplace wording, health and\n"
      "green claims, the glossary, HTML safety, facts against the catalog, keywords and readability.\n"
      "Exit 0 when no finding is an error, 4 when one is, 2 for bad input.");
  cmd->add_option("DRAFT_ID", args->draftId, "the draft to check");
  cmd->add_flag("--all", args->all, "check every draft (and store each one's verdict for the review queue)");
  cmd->add_option("--text-file", args->textFile, "check the text in this file (UTF-8)");
  cmd->add_option("--channel", args->channel,
                  "measure against this channel: amazon-title, amazon-bullet, amazon-description, "
                  "amazon-search-terms, taobao-title, shopify-seo-title, shopify-seo-description, or a channel "
                  "of your channel-limits.toml (a draft's default: its template's channel and field)");
  cmd->add_option("--product", args->sku, "with --text-file: hold the text to this product's facts");
  cmd->add_flag("--json", args->json,
                "print {\"findings\": [{rule, severity, start, length, message}]} (start and length in code points)");
  addGroundingOptions(*cmd, args->grounding);
  cmd->callback([args, &context] { context.exitCode = runCheck(context, *args); });
}

static const bool registered = registerCommand("check", install);

}  // namespace
}  // namespace copydesk::cli
