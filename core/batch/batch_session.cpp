#include "core/batch/batch_session.h"

#include "core/batch/batch_api_runner.h"
#include "core/batch/batch_resume.h"
#include "core/store/batch_store.h"

namespace copydesk::batch {
namespace {

Status checkBatchApi(const BatchPlan& plan) {
  for (const auto& target : plan.targets) {
    if (target.profile.kind != llm::ProviderKind::OpenAiCompatible) {
      return makeError(ErrorCode::InvalidInput, "the Batch API needs an OpenAI-compatible profile",
                       "profile " + target.profile.name);
    }
  }
  return {};
}

}  // namespace

void BatchSession::cancel() {
  m_cancelled = true;
  if (BatchRunner* runner = m_runner.load()) runner->cancel();
  if (BatchApiRunner* runner = m_apiRunner.load()) runner->cancel();
}

Result<GenerateReport> BatchSession::generate(const GenerateOptions& options, const ProgressCallback& progress) {
  BatchPlanner planner(m_db);
  auto plan = planner.plan(options.spec);
  if (!plan) return plan.error();
  if (options.batchApi) {
    if (auto st = checkBatchApi(*plan); !st) return st.error();
  }
  BatchStore batches(m_db);
  GenerateReport report;
  std::optional<BatchRecord> batch;
  if (options.resume) {
    auto found = findResumableBatch(batches, *plan, options.resumeBatchId);
    if (!found) return found.error();
    batch = std::move(*found);
  }
  std::vector<BatchSlot> slots;
  if (batch) {
    report.resumed = true;
    // The resumed slots are written with the version the batch started with.
    if (batch->templateVersionId && *batch->templateVersionId != plan->templateVersion.id) {
      BatchSpec spec = options.spec;
      spec.templateVersionId = batch->templateVersionId;
      plan = planner.plan(spec);
      if (!plan) return plan.error();
    }
    auto filled = batches.filledSlots(batch->id);
    if (!filled) return filled.error();
    slots = missingSlots(*plan, *filled);
  } else {
    auto created = batches.create(plan->templateVersion.id, plan->field, plan->toJson());
    if (!created) return created.error();
    batch = std::move(*created);
    slots = plan->allSlots();
  }
  report.batchId = batch->id;
  report.totalSlots = plan->allSlots().size();
  report.alreadyDone = report.totalSlots - slots.size();
  report.slotsRun = slots.size();
  report.estimate = plan->estimate(slots, options.batchApi ? kBatchApiPriceFactor : 1.0);
  if (onPlanned) onPlanned(*plan, report);
  if (auto st = batches.setStatus(batch->id, kBatchRunning); !st) return st.error();

  if (options.batchApi) {
    BatchApiOptions api = options.api;
    // The Batch API's files and batches carry the key the client's own requests would.
    if (!api.apiKey) api.apiKey = [this](const llm::ProviderProfile& p) { return std::optional(m_client.apiKeyFor(p)); };
    BatchApiRunner runner(m_db, api, options.run);
    m_apiRunner = &runner;
    if (m_cancelled) runner.cancel();
    report.summary = runner.run(*plan, batch->id, slots, progress);
    m_apiRunner = nullptr;
  } else {
    BatchRunner runner(m_client, options.run);
    m_runner = &runner;
    if (m_cancelled) runner.cancel();
    report.summary = runner.run(*plan, batch->id, slots, m_db.path(), progress);
    m_runner = nullptr;
  }

  auto status = recordStatus(*plan, batch->id);
  // The writer's failure first: it is why the batch ended (a lost store fails the status too).
  if (!report.summary.writeError) return report.summary.writeError.error();
  if (!status) return status.error();
  report.status = std::move(*status);
  return report;
}

Result<GenerateReport> BatchSession::retrySlot(const BatchPlan& plan, std::int64_t batchId, const BatchSlot& slot,
                                               const RunOptions& run, const ProgressCallback& progress) {
  GenerateReport report;
  report.batchId = batchId;
  report.resumed = true;
  report.totalSlots = plan.allSlots().size();
  report.slotsRun = 1;
  report.estimate = plan.estimate({slot});
  BatchRunner runner(m_client, run);
  m_runner = &runner;
  if (m_cancelled) runner.cancel();
  report.summary = runner.run(plan, batchId, {slot}, m_db.path(), progress);
  m_runner = nullptr;
  auto status = recordStatus(plan, batchId);
  if (!report.summary.writeError) return report.summary.writeError.error();
  if (!status) return status.error();
  report.status = std::move(*status);
  return report;
}

Result<std::string> BatchSession::recordStatus(const BatchPlan& plan, std::int64_t batchId) {
  BatchStore batches(m_db);
  auto filled = batches.filledSlots(batchId);
  if (!filled) return filled.error();
  std::string status = missingSlots(plan, *filled).empty() ? kBatchCompleted : kBatchIncomplete;
  if (auto st = batches.setStatus(batchId, status); !st) return st.error();
  return status;
}

}  // namespace copydesk::batch
