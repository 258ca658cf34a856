// copydesk-cli generate: write copy for many products at once (live requests or the Batch API),
// committing every result as it arrives; --resume finishes a batch that was interrupted.
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "app/cli/batch_target_options.h"
#include "app/cli/cli_context.h"
#include "app/cli/comma_list.h"
#include "app/cli/command_registry.h"
#include "app/cli/progress_reporter.h"
#include "core/batch/batch_session.h"
#include "core/store/batch_store.h"

namespace copydesk::cli {
namespace {

struct GenerateArgs {
  std::string templateRef;
  std::string products;
  std::string field;
  int variants = 1;
  BatchTargetArgs targets;
  bool resume = false;
  std::int64_t batchId = 0;
  bool batchApi = false;
  int pollMs = 30000;
  std::vector<std::string> vars;
  double temperature = -1;
  int maxTokens = 0;
  std::string personas;
  bool questions = false;
};

Result<Json> variablesFrom(const std::vector<std::string>& vars) {
  Json variables = Json::object();
  for (const auto& v : vars) {
    const auto eq = v.find('=');
    if (eq == std::string::npos || eq == 0) return makeError(ErrorCode::InvalidInput, "expected key=value", "--var " + v);
    variables[v.substr(0, eq)] = v.substr(eq + 1);
  }
  return variables;
}

Result<batch::GenerateOptions> optionsFrom(Database& db, const GenerateArgs& args) {
  batch::GenerateOptions options;
  auto& spec = options.spec;
  spec.templateRef = args.templateRef;
  if (args.products != "all") spec.skus = splitList(args.products);
  if (args.products != "all" && spec.skus.empty()) {
    return makeError(ErrorCode::InvalidInput, "expected all or a list of SKUs", "--products");
  }
  spec.field = args.field;
  spec.variants = args.variants;
  spec.personas = args.personas;
  spec.questions = args.questions;
  if (auto targets = applyBatchTargets(db, args.targets, options); !targets) return targets.error();
  auto variables = variablesFrom(args.vars);
  if (!variables) return variables.error();
  spec.variables = std::move(*variables);
  if (args.temperature >= 0) spec.temperature = args.temperature;
  if (args.maxTokens > 0) spec.maxTokens = args.maxTokens;
  options.resume = args.resume || args.batchId > 0;
  if (args.batchId > 0) options.resumeBatchId = args.batchId;
  options.batchApi = args.batchApi;
  options.api.pollIntervalMs = args.pollMs;
  return options;
}

// Set by the handler on whichever thread takes the signal, read by the watch thread: an atomic (a
// lock-free one is safe in a signal handler); a volatile sig_atomic_t is only for the same thread.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);
void onInterrupt(int) { g_interrupted = true; }

// Ctrl-C stops a batch cleanly: nothing new starts, requests in flight are cancelled and recorded,
// and the slots left over stay pending for --resume. A second Ctrl-C kills as usual.
class InterruptWatch final {
 public:
  explicit InterruptWatch(batch::BatchSession& session) {
    m_previous = std::signal(SIGINT, onInterrupt);
    m_thread = std::thread([this, &session] {
      while (!m_done) {
        if (g_interrupted) {
          std::signal(SIGINT, SIG_DFL);
          std::cerr << "\ninterrupted: stopping (run again with --resume to finish)\n";
          session.cancel();
          return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    });
  }
  ~InterruptWatch() {
    m_done = true;
    m_thread.join();
    std::signal(SIGINT, m_previous);
  }

 private:
  std::atomic<bool> m_done{false};
  std::thread m_thread;
  void (*m_previous)(int) = SIG_DFL;
};

void printPlan(const batch::BatchPlan& plan, const batch::GenerateReport& report) {
  std::cerr << (report.resumed ? "resuming batch " : "batch ") << report.batchId << ": " << plan.productIds.size()
            << (plan.questions.empty() ? " products x " : " products, ");
  if (!plan.personas.empty()) std::cerr << plan.personas.size() << " personas x ";
  if (!plan.questions.empty()) std::cerr << plan.questions.size() << " questions x ";
  std::cerr << plan.variants << " variants x " << plan.targets.size() << " models = "
            << report.totalSlots << " slots";
  if (report.alreadyDone) std::cerr << ", " << report.alreadyDone << " already done";
  std::cerr << "\nestimate for " << report.estimate.requests << " requests: ~"
            << static_cast<long long>(report.estimate.inputTokens) << " input tokens + at most "
            << static_cast<long long>(report.estimate.outputTokens) << " output tokens, at most $"
            << report.estimate.costUsd << '\n';
}

int runGenerate(CliContext& context, const GenerateArgs& args) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto options = optionsFrom(*db, args);
  if (!options) return reportError(options.error());
  llm::LlmClient client;
  batch::BatchSession session(*db, client);
  const auto budget = options->run.budgetUsd;
  std::int64_t batchId = 0;
  session.onPlanned = [budget, &batchId](const batch::BatchPlan& plan, const batch::GenerateReport& report) {
    batchId = report.batchId;
    printPlan(plan, report);
    if (budget && report.estimate.costUsd > *budget) {
      std::cerr << "the budget ($" << *budget << ") may not cover every request: the batch stops starting new ones "
                << "before it could be exceeded; the rest stays pending for --resume\n";
    }
  };
  ProgressReporter reporter;
  batch::ProgressCallback progress;
  if (reporter.enabled()) progress = [&reporter](const batch::BatchProgress& p) { reporter(p); };
  Result<batch::GenerateReport> report = makeError(ErrorCode::Internal, "not run");
  {
    InterruptWatch watch(session);
    report = session.generate(*options, progress);
  }
  if (!report) {
    const int code = reportError(report.error());
    // A store lost or full midway: every result committed before is kept, and --resume finds them.
    if (batchId != 0 && report.error().code == ErrorCode::Database) {
      std::cerr << "batch " << batchId << ": the results saved before this are kept; when the store is back, "
                << "run the same command with --resume to finish it\n";
    }
    return code;
  }
  const auto& s = report->summary;
  for (const auto& reason : s.failureReasons) std::cerr << "failed: " << reason << '\n';
  if (s.budgetReached) {
    std::cerr << "budget reached: " << s.notStarted << " slots not started (run again with --resume)\n";
  } else if (s.notStarted) {
    std::cerr << s.notStarted << " slots not started (run again with --resume)\n";
  }
  std::cout << s.succeeded << " succeeded, " << (s.failed + s.notStarted) << " failed" << std::endl;
  return s.failed + s.notStarted == 0 && report->status == kBatchCompleted ? kExitOk : kExitFailure;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<GenerateArgs>();
  CLI::App* cmd = app.add_subcommand("generate", "Generate copy for many products (a batch)");
  cmd->add_option("--template", args->templateRef, "a stored template's name, or a template file")->required();
  cmd->add_option("--products", args->products, "all, or SKU[,SKU...]")->required();
  cmd->add_option("--field", args->field, "the field to write (default: the template's; a file: description)");
  cmd->add_option("--variants", args->variants, "variants per product")->check(CLI::PositiveNumber);
  cmd->add_option("--personas", args->personas,
                  "all, or NAME[,NAME...]: one draft per product x persona x variant (see personas list)");
  cmd->add_flag("--questions", args->questions,
                "answer customer questions: one draft per imported question of the products x variant, the "
                "template seeing {{question}} (e.g. --template answer-en; see questions list)");
  addBatchTargetOptions(*cmd, args->targets,
                        {.model = "model (repeatable or comma-separated: several side by side)", .prices = true});
  cmd->add_option("--var", args->vars, "template variable key=value (repeatable)");
  cmd->add_option("--temperature", args->temperature, "sampling temperature");
  cmd->add_option("--max-tokens", args->maxTokens, "output limit per request")->check(CLI::PositiveNumber);
  cmd->add_flag("--resume", args->resume, "finish the matching unfinished batch: only slots without a draft run");
  cmd->add_option("--batch", args->batchId, "with --resume: this batch id");
  cmd->add_flag("--batch-api", args->batchApi, "use the OpenAI Batch API (half price, results within 24 h)");
  cmd->add_option("--poll-ms", args->pollMs, "Batch API: how often to ask for the status")->check(CLI::PositiveNumber);
  cmd->callback([args, &context] { context.exitCode = runGenerate(context, *args); });
}

static const bool registered = registerCommand("generate", install);

}  // namespace
}  // namespace copydesk::cli
