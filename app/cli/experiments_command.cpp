// copydesk-cli [--db PATH] experiments create --drafts ID,ID[,…] | import FILE | report [--json] | remove ID
// A/B experiments (issue 13): drafts of one product's field as variants, the shop's results imported,
// and a verdict per experiment. `report --json` is a contract outside scripts rely on: an array with
// one object per product and field, {sku, field, winner, p_value, variants: [{draft_id, impressions,
// conversions, rate}]}, winner a draft id or null when no variant is significantly better at 5 %.
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/common/error_id.h"
#include "core/common/json.h"
#include "core/experiments/experiment_lifecycle.h"
#include "core/experiments/experiment_report.h"
#include "core/experiments/results_import.h"

namespace copydesk::cli {
namespace {

struct ExperimentsArgs {
  std::string drafts;
  std::string file;
  std::int64_t id = 0;
  bool json = false;
};

Result<std::vector<std::int64_t>> parseDraftIds(const std::string& text) {
  std::vector<std::int64_t> ids;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string item = text.substr(start, end - start);
    char* stop = nullptr;
    const long long id = std::strtoll(item.c_str(), &stop, 10);
    if (item.empty() || *stop != '\0' || id <= 0) {
      return makeError("experiment.bad-draft-list", ErrorCode::InvalidInput, {text}, "--drafts");
    }
    ids.push_back(id);
    start = end + 1;
  }
  return ids;
}

std::string percent(double rate) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f%%", 100.0 * rate);
  return text;
}

std::string pText(double p) {
  if (p < 0.0001) return "p < 0.0001";
  char text[32];
  std::snprintf(text, sizeof text, "p = %.4f", p);
  return text;
}

const char* methodName(VerdictMethod method) {
  switch (method) {
    case VerdictMethod::TwoProportionZ: return "two-proportion z-test";
    case VerdictMethod::ChiSquareHolm: return "chi-square test, then the best against each other by z-tests with Holm's correction";
    default: return "nothing to test yet";
  }
}

std::string verdictLine(const ExperimentReport& r) {
  const ExperimentVerdict& v = r.verdict;
  if (v.outcome == VerdictOutcome::Winner) {
    const ExperimentVariant& w = r.experiment.variants[*v.winner];
    return "winner: " + w.label + " (draft " + std::to_string(w.draftId) + "), " + pText(*v.pValue);
  }
  std::string line = "no winner yet";
  if (v.pValue) line += " (" + pText(*v.pValue) + ")";
  switch (v.outcome) {
    case VerdictOutcome::NoData: return line + ": " + (r.hasResults() ? "no conversions to compare yet" : "no results imported yet");
    case VerdictOutcome::Tied: return line + ": the best variants convert at the same rate";
    case VerdictOutcome::TooFewConversions: line += ": too few conversions for the test (under 5 expected in a cell)"; break;
    default: break;
  }
  if (v.neededPerVariant) {
    line += "; about " + std::to_string(*v.neededPerVariant) + " impressions per variant are needed to tell " +
            r.experiment.variants[*v.best].label + " from the runner-up at this difference (5% two-sided, 80% power), " +
            std::to_string(*v.stillNeeded) + " more";
  }
  return line;
}

void printReport(const ExperimentReport& r) {
  const Experiment& e = r.experiment;
  std::cout << e.sku << "  " << e.field << "  experiment " << e.id << "  (" << methodName(r.verdict.method) << ")\n";
  for (std::size_t i = 0; i < e.variants.size(); ++i) {
    const ExperimentVariant& v = e.variants[i];
    const VariantOutcome& o = r.variants[i];
    std::cout << "  " << v.label << "  draft " << v.draftId << "  "
              << (v.templateName.empty() ? std::string("by hand") : v.templateName + " v" + std::to_string(v.templateVersion));
    if (!v.persona.empty()) std::cout << "  for " << v.persona;
    if (!v.results) {
      std::cout << "  no results\n";
      continue;
    }
    std::cout << "  " << o.conversions.successes << " of " << o.conversions.trials << " converted  "
              << percent(o.conversions.rate()) << " (95% CI " << percent(o.interval.low) << "–" << percent(o.interval.high)
              << ")" << (r.verdict.winner == i ? "  ← winner" : "") << '\n';
  }
  std::cout << "  " << verdictLine(r) << '\n';
}

Json reportJson(const ExperimentReport& r) {
  Json variants = Json::array();
  for (std::size_t i = 0; i < r.experiment.variants.size(); ++i) {
    const Proportion& p = r.variants[i].conversions;
    variants.push_back({{"draft_id", r.experiment.variants[i].draftId},
                        {"impressions", p.trials},
                        {"conversions", p.successes},
                        {"rate", p.rate()}});
  }
  const auto winner = r.winnerDraftId();
  return {{"sku", r.experiment.sku},
          {"field", r.experiment.field},
          {"winner", winner ? Json(*winner) : Json(nullptr)},
          {"p_value", r.verdict.pValue ? Json(*r.verdict.pValue) : Json(nullptr)},
          {"variants", std::move(variants)}};
}

int runCreate(CliContext& context, const ExperimentsArgs& args) {
  auto ids = parseDraftIds(args.drafts);
  if (!ids) return reportError(ids.error());
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto started = startExperiment(*db, *ids);
  if (!started) return reportError(started.error());
  std::cout << "experiment " << started->id << ": " << started->sku << " " << started->field << ",";
  for (const ExperimentVariant& v : started->variants) std::cout << ' ' << v.label << " (draft " << v.draftId << ")";
  std::cout << std::endl;
  return kExitOk;
}

int runImport(CliContext& context, const ExperimentsArgs& args) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto imported = importExperimentResults(*db, args.file);
  if (!imported) {
    std::cerr << imported.error().describe() << '\n';
    const ErrorCode code = imported.error().code;
    return code == ErrorCode::Database || code == ErrorCode::Internal ? kExitFailure : kExitBadInput;
  }
  if (!imported->ok()) {
    for (const Error& e : imported->rowErrors) std::cerr << e.describe() << '\n';
    std::cerr << "nothing imported: " << imported->rowErrors.size() << " bad row"
              << (imported->rowErrors.size() == 1 ? "" : "s") << '\n';
    return kExitBadInput;
  }
  std::cout << describeResultsImport(*imported, std::filesystem::path(args.file).filename().string()) << std::endl;
  return kExitOk;
}

int runReport(CliContext& context, bool json) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto reports = experimentReports(*db);
  if (!reports) return reportError(reports.error());
  if (json) {
    Json array = Json::array();
    for (const ExperimentReport& r : *reports) array.push_back(reportJson(r));
    std::cout << array.dump(2) << '\n';
    return kExitOk;
  }
  for (const ExperimentReport& r : *reports) printReport(r);
  std::cout << reports->size() << " experiment" << (reports->size() == 1 ? "" : "s")
            << "; rates with 95% Wilson intervals, winners at the 5% level\n";
  return kExitOk;
}

int runRemove(CliContext& context, std::int64_t id) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  if (auto removed = removeExperiment(*db, id); !removed) return reportError(removed.error());
  std::cout << "removed experiment " << id << "; its drafts are kept\n";
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<ExperimentsArgs>();
  CLI::App* cmd = app.add_subcommand("experiments", "A/B experiments: drafts as variants, shop results, verdicts");
  cmd->require_subcommand(1);
  CLI::App* create = cmd->add_subcommand("create", "Make two or more drafts of one product's field an experiment's variants");
  create->add_option("--drafts", args->drafts, "draft ids, comma-separated, in variant order (A, B, …)")->required();
  create->callback([args, &context] { context.exitCode = runCreate(context, *args); });
  CLI::App* import = cmd->add_subcommand(
      "import", "Import results: CSV with draft_id (or sku and variant), impressions, clicks, conversions[, revenue]");
  import->add_option("FILE", args->file, "the results file")->required();
  import->callback([args, &context] { context.exitCode = runImport(context, *args); });
  CLI::App* report = cmd->add_subcommand(
      "report", "Rates with 95% Wilson intervals and the winner where it is significant at 5% (two variants: "
                "two-proportion z-test; more: chi-square, then the best against each other with Holm's correction)");
  report->add_flag("--json", args->json, "an array of {sku, field, winner, p_value, variants}");
  report->callback([args, &context] { context.exitCode = runReport(context, args->json); });
  CLI::App* remove = cmd->add_subcommand("remove", "End an experiment: its labels and results go, its drafts stay");
  remove->add_option("ID", args->id, "the experiment's id")->required();
  remove->callback([args, &context] { context.exitCode = runRemove(context, args->id); });
}

static const bool registered = registerCommand("experiments", install);

}  // namespace
}  // namespace copydesk::cli
