// copydesk-cli translate (--drafts ID[,ID...] | --approved) --to LANG[,LANG...] [--template T]
//   [--provider P --base-url URL | --profile NAME] [--model M] [--budget USD] [--resume]
// Translates approved copy for other markets (issue 14): one new draft per source draft and language,
// through the same batch machinery as generate (estimate, budget, progress, --resume).
#include <iostream>

#include "app/cli/batch_target_options.h"
#include "app/cli/cli_context.h"
#include "app/cli/comma_list.h"
#include "app/cli/command_registry.h"
#include "app/cli/progress_reporter.h"
#include "core/batch/approved_sources.h"
#include "core/batch/batch_session.h"
#include "core/batch/translation_template.h"
#include "core/store/batch_store.h"
#include "core/translation/market.h"

namespace copydesk::cli {
namespace {

struct TranslateArgs {
  std::string drafts;
  bool approved = false;
  std::string to;
  bool list = false;
  std::string templateName = batch::kDefaultTranslationTemplate;
  BatchTargetArgs targets;
  bool resume = false;
};

Result<std::vector<std::int64_t>> draftIds(Database& db, const TranslateArgs& args) {
  if (args.approved) return batch::approvedSourceDrafts(db);
  std::vector<std::int64_t> ids;
  for (const std::string& item : splitList(args.drafts)) {
    try {
      std::size_t end = 0;
      const long long id = std::stoll(item, &end);
      if (end != item.size() || id <= 0) throw std::invalid_argument(item);
      ids.push_back(id);
    } catch (const std::exception&) {
      return makeError(ErrorCode::InvalidInput, "expected draft ids, e.g. 12,15 (not '" + item + "')", "--drafts");
    }
  }
  if (ids.empty()) return makeError(ErrorCode::InvalidInput, "expected draft ids, e.g. 12,15", "--drafts");
  return ids;
}

Result<batch::GenerateOptions> optionsFrom(Database& db, const TranslateArgs& args) {
  batch::GenerateOptions options;
  auto& spec = options.spec;
  auto ids = draftIds(db, args);
  if (!ids) return ids.error();
  if (ids->empty()) return makeError(ErrorCode::InvalidInput, "no approved copy to translate", "--approved");
  spec.sourceDrafts = std::move(*ids);
  spec.languages = splitList(args.to);
  auto templateRef = batch::translationTemplateRef(db, args.templateName);
  if (!templateRef) return templateRef.error();
  spec.templateRef = std::move(*templateRef);
  if (auto targets = applyBatchTargets(db, args.targets, options); !targets) return targets.error();
  options.resume = args.resume;
  return options;
}

int listMarkets() {
  auto markets = loadMarkets();
  if (!markets) return reportError(markets.error());
  for (const Market& m : *markets) {
    std::cout << m.code << '\t' << m.language << '\t' << m.market << '\t' << m.units << '\n';
  }
  return kExitOk;
}

int runTranslate(CliContext& context, const TranslateArgs& args) {
  if (args.list) return listMarkets();
  if (args.approved == !args.drafts.empty()) {
    std::cerr << "translate: give either --drafts ID[,ID...] or --approved\n";
    return kExitBadInput;
  }
  if (args.to.empty()) {
    std::cerr << "translate: --to LANG is required (translate --list shows the languages)\n";
    return kExitBadInput;
  }
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto options = optionsFrom(*db, args);
  if (!options) return reportError(options.error());
  llm::LlmClient client;
  batch::BatchSession session(*db, client);
  session.onPlanned = [](const batch::BatchPlan& plan, const batch::GenerateReport& report) {
    std::cerr << (report.resumed ? "resuming batch " : "batch ") << report.batchId << ": " << plan.sources.size()
              << " drafts x " << plan.markets.size() << " languages = " << report.totalSlots << " translations";
    if (report.alreadyDone) std::cerr << ", " << report.alreadyDone << " already done";
    std::cerr << "\nestimate for " << report.estimate.requests << " requests: at most $" << report.estimate.costUsd
              << '\n';
  };
  ProgressReporter reporter;
  batch::ProgressCallback progress;
  if (reporter.enabled()) progress = [&reporter](const batch::BatchProgress& p) { reporter(p); };
  auto report = session.generate(*options, progress);
  if (!report) return reportError(report.error());
  const auto& s = report->summary;
  for (const auto& reason : s.failureReasons) std::cerr << "failed: " << reason << '\n';
  if (s.notStarted) std::cerr << s.notStarted << " not started (run again with --resume)\n";
  std::cout << s.succeeded << " succeeded, " << (s.failed + s.notStarted) << " failed" << std::endl;
  return s.failed + s.notStarted == 0 && report->status == kBatchCompleted ? kExitOk : kExitFailure;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<TranslateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "translate",
      "Translate approved copy for other markets: one new draft per source draft and language, which\n"
      "remembers its source; the glossary's do-not-translate terms (and brand names) are kept exactly,\n"
      "units follow the market (resources/markets/markets.json, yours in the data folder's markets.json).");
  cmd->add_option("--drafts", args->drafts, "ID[,ID...]: approved drafts to translate");
  cmd->add_flag("--approved", args->approved, "every approved draft in the catalog's own language");
  cmd->add_option("--to", args->to, "LANG[,LANG...]: de, en-US, ja, fr, es, zh-CN… (see --list)");
  cmd->add_flag("--list", args->list, "list the known languages and markets, then exit");
  cmd->add_option("--template", args->templateName, "the translation template (translate-en, translate-zh or yours)");
  addBatchTargetOptions(*cmd, args->targets, {.model = "model (repeatable or comma-separated)"});
  cmd->add_flag("--resume", args->resume, "finish the matching unfinished translation batch");
  cmd->callback([args, &context] { context.exitCode = runTranslate(context, *args); });
}

static const bool registered = registerCommand("translate", install);

}  // namespace
}  // namespace copydesk::cli
