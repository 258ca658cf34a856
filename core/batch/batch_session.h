#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

#include "core/batch/batch_api_job.h"
#include "core/batch/batch_plan.h"
#include "core/batch/batch_planner.h"
#include "core/batch/batch_progress.h"
#include "core/batch/batch_runner.h"
#include "core/common/result.h"
#include "core/llm/llm_client.h"
#include "core/store/database.h"

namespace copydesk::batch {

class BatchApiRunner;

struct GenerateOptions {
  BatchSpec spec;
  RunOptions run;
  bool resume = false;                       // finish the matching unfinished batch instead of starting anew
  std::optional<std::int64_t> resumeBatchId; // … this one
  bool batchApi = false;                     // the OpenAI Batch API instead of live requests
  BatchApiOptions api;
};

struct GenerateReport {
  std::int64_t batchId = 0;
  bool resumed = false;
  std::size_t totalSlots = 0;     // of the whole batch
  std::size_t alreadyDone = 0;    // slots that had their draft before this run
  std::size_t slotsRun = 0;       // slots this run worked on
  CostEstimate estimate;          // of this run's slots
  RunSummary summary;
  std::string status;             // the batch's status afterwards: completed or incomplete
};

// One `generate`: plan, find or create the batch row, estimate, run (live or Batch API), and
// record whether every slot now has its draft.
class BatchSession final {
 public:
  BatchSession(Database& db, llm::LlmClient& client) : m_db(db), m_client(client) {}

  // Called after planning, before any request is sent.
  std::function<void(const BatchPlan&, const GenerateReport&)> onPlanned;

  Result<GenerateReport> generate(const GenerateOptions& options, const ProgressCallback& progress = {});
  // Runs one slot of a planned batch again (the studio's Retry on a column that failed or was
  // stopped), live, and records whether every slot of the batch now has its draft, as generate
  // does. A slot that already has its draft keeps it: the new result is kept as a generation only.
  Result<GenerateReport> retrySlot(const BatchPlan& plan, std::int64_t batchId, const BatchSlot& slot,
                                   const RunOptions& run, const ProgressCallback& progress = {});
  void cancel();  // from any thread (a signal handler's helper thread, the GUI)

 private:
  // completed when every slot of the plan has its draft, else incomplete; stored on the batch.
  Result<std::string> recordStatus(const BatchPlan& plan, std::int64_t batchId);

  Database& m_db;
  llm::LlmClient& m_client;
  std::atomic<bool> m_cancelled{false};
  std::atomic<BatchRunner*> m_runner{nullptr};
  std::atomic<BatchApiRunner*> m_apiRunner{nullptr};
};

}  // namespace copydesk::batch
