#include "core/batch/batch_api_runner.h"

#include <chrono>
#include <map>

#include "core/batch/budget_guard.h"
#include "core/batch/result_writer.h"
#include "core/common/paths.h"
#include "core/llm/usage_cost.h"
#include "core/store/batch_store.h"
#include "core/common/error_id.h"

namespace copydesk::batch {
namespace {

constexpr std::size_t kReasonsKept = 10;

Generation generationFor(const BatchPlan& plan, std::int64_t batchId, const BatchSlot& slot,
                         const std::string& remoteId) {
  Generation g = plan.generation(slot, batchId, false);
  g.parameters["batch_api"] = remoteId;
  return g;
}

void fill(Generation& g, const BatchApiResult* result, const llm::ProviderProfile& profile, const std::string& why) {
  if (!result || !result->ok) {
    g.outcome = GenerationOutcome::Failed;
    g.error = result ? result->error : why;
    return;
  }
  g.outcome = GenerationOutcome::Ok;
  g.output = result->text;
  g.reasoning = result->reasoning;
  g.inputTokens = result->inputTokens;
  g.outputTokens = result->outputTokens;
  llm::Usage usage{result->inputTokens, result->outputTokens, result->usageReported};
  g.cost = llm::costOf(profile, usage) * kBatchApiPriceFactor;
  if (!result->finishReason.empty()) g.parameters["finish_reason"] = result->finishReason;
}

}  // namespace

RunSummary BatchApiRunner::run(const BatchPlan& plan, std::int64_t batchId, const std::vector<BatchSlot>& slots,
                               const ProgressCallback& progress) {
  RunSummary summary;
  BatchProgress state;
  state.total = slots.size();
  const auto started = std::chrono::steady_clock::now();
  auto report = [&](bool finished) {
    if (!progress) return;
    state.elapsedSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    state.finished = finished;
    progress(state);
  };
  auto writer = ResultWriter::open(m_db.path());
  if (!writer) {
    summary.writeError = writer.error();
    summary.notStarted = slots.size();
    return summary;
  }
  // Slots whose worst case does not fit the budget stay out of the job (pending for --resume).
  BudgetGuard budget(m_runOptions.budgetUsd);
  std::map<std::size_t, std::vector<BatchSlot>> byTarget;
  for (const auto& slot : slots) {
    if (!budget.reserve(plan.worstCaseCost(slot, kBatchApiPriceFactor))) {
      summary.budgetReached = true;
      ++summary.notStarted;
      continue;
    }
    byTarget[slot.targetIndex].push_back(slot);
  }
  state.notStarted = summary.notStarted;
  for (const auto& [target, targetSlots] : byTarget) {
    const auto& profile = plan.targets[target].profile;
    state.inFlight = targetSlots.size();
    report(false);
    BatchApiJob job(profile, m_apiOptions);
    auto remote = remoteBatch(job, plan, batchId, target, targetSlots, [&](const Json&) { report(false); });
    if (!remote && remote.error().code == ErrorCode::Cancelled) {
      summary.cancelled = true;  // the remote job runs on; --resume collects it
      summary.notStarted += targetSlots.size();
      continue;
    }
    std::map<std::string, BatchApiResult> byId;
    std::string why;
    std::string remoteId;
    if (!remote) {
      why = remote.error().describe();
    } else {
      remoteId = remote->value("id", std::string());
      auto results = job.results(*remote);
      if (!results) why = results.error().describe();
      else for (auto& r : *results) byId.emplace(r.customId, std::move(r));
      if (why.empty()) why = "missing from the output of batch " + remoteId + " (" + remote->value("status", std::string()) + ")";
    }
    for (const auto& slot : targetSlots) {
      auto found = byId.find(slot.customId());
      SlotOutcome outcome{slot, generationFor(plan, batchId, slot, remoteId), m_runOptions.author};
      fill(outcome.generation, found == byId.end() ? nullptr : &found->second, profile, why);
      const Generation& g = outcome.generation;
      if (g.outcome == GenerationOutcome::Ok) {
        ++summary.succeeded;
        summary.inputTokens += g.inputTokens.value_or(0);
        summary.outputTokens += g.outputTokens.value_or(0);
        summary.costUsd += g.cost.value_or(0);
      } else {
        ++summary.failed;
        if (summary.failureReasons.size() < kReasonsKept) summary.failureReasons.push_back(slot.customId() + ": " + g.error);
      }
      (*writer)->push(std::move(outcome));
    }
    (*writer)->flush();
    if (remote) markImported(batchId, target);
    state.inFlight = 0;
    state.succeeded = summary.succeeded;
    state.failed = summary.failed;
    state.inputTokens = summary.inputTokens;
    state.outputTokens = summary.outputTokens;
    state.costUsd = summary.costUsd;
    report(false);
  }
  summary.writeError = (*writer)->finish();
  report(true);
  return summary;
}

Result<Json> BatchApiRunner::remoteBatch(BatchApiJob& job, const BatchPlan& plan, std::int64_t batchId,
                                         std::size_t target, const std::vector<BatchSlot>& slots,
                                         const std::function<void(const Json&)>& onPoll) {
  BatchStore store(m_db);
  auto record = store.get(batchId);
  if (!record) return record.error();
  if (!*record) return makeError("batch.api.batch-gone", ErrorCode::NotFound, {std::to_string(batchId)});
  Json planJson = (*record)->plan;
  const std::string key = "t" + std::to_string(target);
  std::string remoteId;
  if (planJson.contains("batch_api") && planJson["batch_api"].contains(key) &&
      !planJson["batch_api"][key].value("imported", false)) {
    remoteId = planJson["batch_api"][key].value("batch_id", std::string());  // submitted before a crash
  }
  if (remoteId.empty()) {
    const std::string name = "copydesk-batch-" + std::to_string(batchId) + "-" + key + ".jsonl";
    auto fileId = job.upload(BatchApiJob::jsonl(plan, slots), name);
    if (!fileId) return fileId.error();
    auto created = job.create(*fileId);
    if (!created) return created.error();
    remoteId = *created;
    planJson["batch_api"][key] = {{"file_id", *fileId}, {"batch_id", remoteId}, {"imported", false}};
    if (auto st = store.updatePlan(batchId, planJson); !st) return st.error();
  }
  return job.wait(remoteId, onPoll, &m_cancelled);
}

void BatchApiRunner::markImported(std::int64_t batchId, std::size_t target) {
  BatchStore store(m_db);
  auto record = store.get(batchId);
  if (!record || !*record) return;
  Json planJson = (*record)->plan;
  const std::string key = "t" + std::to_string(target);
  if (!planJson.contains("batch_api") || !planJson["batch_api"].contains(key)) return;
  planJson["batch_api"][key]["imported"] = true;
  (void)store.updatePlan(batchId, planJson);
}

}  // namespace copydesk::batch
