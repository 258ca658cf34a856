#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/batch/batch_api_job.h"
#include "core/batch/batch_plan.h"
#include "core/batch/batch_progress.h"
#include "core/batch/batch_runner.h"
#include "core/store/database.h"

namespace copydesk::batch {

// The Batch API counts half of the listed price.
inline constexpr double kBatchApiPriceFactor = 0.5;

// Runs a batch's slots through the OpenAI Batch API instead of live requests: one remote job
// per target, its ids kept in the batch's plan (so --resume waits for a job already submitted
// rather than paying twice), results imported by custom_id into the same drafts a live run makes.
class BatchApiRunner final {
 public:
  BatchApiRunner(Database& db, BatchApiOptions apiOptions, RunOptions runOptions)
      : m_db(db), m_apiOptions(apiOptions), m_runOptions(std::move(runOptions)) {}

  RunSummary run(const BatchPlan& plan, std::int64_t batchId, const std::vector<BatchSlot>& slots,
                 const ProgressCallback& progress = {});
  void cancel() { m_cancelled = true; }

 private:
  Result<Json> remoteBatch(BatchApiJob& job, const BatchPlan& plan, std::int64_t batchId, std::size_t target,
                           const std::vector<BatchSlot>& slots, const std::function<void(const Json&)>& onPoll);
  void markImported(std::int64_t batchId, std::size_t target);

  Database& m_db;
  BatchApiOptions m_apiOptions;
  RunOptions m_runOptions;
  std::atomic<bool> m_cancelled{false};
};

}  // namespace copydesk::batch
