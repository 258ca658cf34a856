#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/batch/batch_plan.h"
#include "core/batch/batch_progress.h"
#include "core/batch/budget_guard.h"
#include "core/batch/result_writer.h"
#include "core/batch/run_control.h"
#include "core/common/result.h"
#include "core/llm/llm_client.h"

namespace copydesk::batch {

struct RunOptions {
  int concurrency = 8;                 // requests in flight at once (the profile's limiter may hold fewer)
  std::optional<double> budgetUsd;     // never spent beyond: see BudgetGuard
  std::string author;                  // of the drafts (empty: the current user)
  int progressIntervalMs = 200;
  std::shared_ptr<RunControl> control;  // pause/resume, stop single slots (the GUI); none: only cancel()

  // Per-slot hooks for a live view (the GUI's columns). onStarted runs on the submitting thread,
  // onText/onRestart/onFinished on the network thread, onCommitted on the writer thread: keep
  // them short and never block in them.
  std::function<void(const BatchSlot&)> onStarted;
  std::function<void(const BatchSlot&, std::string_view)> onText;  // streamed pieces, in order
  std::function<void(const BatchSlot&)> onRestart;                 // a retry begins: drop the text so far
  std::function<void(const BatchSlot&, const Generation&)> onFinished;  // before it is committed
  std::function<void(const CommitNotice&)> onCommitted;
};

struct RunSummary {
  std::size_t succeeded = 0;
  std::size_t failed = 0;
  std::size_t notStarted = 0;          // left pending (budget reached, cancelled): --resume runs them
  std::size_t duplicates = 0;          // results for slots that already had a draft (kept as generations only)
  std::int64_t inputTokens = 0;
  std::int64_t outputTokens = 0;
  double costUsd = 0;
  bool budgetReached = false;
  bool cancelled = false;
  std::vector<std::string> failureReasons;  // the first few, for the user
  Status writeError;                   // the database refused results: they are lost
};

// Runs a batch's slots through the LlmClient, keeping `concurrency` requests in flight, and hands
// every finished request to a ResultWriter as it finishes. Only successful generations become
// drafts; failures are recorded with their reason.
class BatchRunner final {
 public:
  BatchRunner(llm::LlmClient& client, RunOptions options) : m_client(client), m_options(std::move(options)) {}

  // Blocks until every started request has ended and been committed to databasePath.
  RunSummary run(const BatchPlan& plan, std::int64_t batchId, const std::vector<BatchSlot>& slots,
                 const std::filesystem::path& databasePath, const ProgressCallback& progress = {});
  // From any thread: nothing new starts, requests in flight are cancelled (and recorded so).
  void cancel() { m_cancelled = true; }

 private:
  llm::LlmClient& m_client;
  RunOptions m_options;
  std::atomic<bool> m_cancelled{false};
};

}  // namespace copydesk::batch
