#include "core/batch/batch_runner.h"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>

#include "core/batch/result_writer.h"
#include "core/common/paths.h"

namespace copydesk::batch {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kReasonsKept = 10;

// What the callbacks of one run share with the submitting thread.
struct RunState {
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t inFlight = 0;
  std::map<std::string, llm::LlmClient::RequestId> requests;  // by custom id, for cancel
  RunSummary summary;
  BatchProgress progress;
  bool storeLost = false;  // the writer can write no more: nothing new starts, in flight is cancelled
};

Generation makeGeneration(const BatchPlan& plan, std::int64_t batchId, const BatchSlot& slot,
                          const std::string& startedAt) {
  Generation g = plan.generation(slot, batchId, true);
  g.startedAt = startedAt;
  return g;
}

void fillFromResult(Generation& g, Result<llm::ChatResult>& result) {
  if (!result) {
    const Error& error = result.error();
    g.outcome = error.code == ErrorCode::Cancelled ? GenerationOutcome::Cancelled : GenerationOutcome::Failed;
    g.error = error.describe();
    if (error.httpStatus) g.parameters["http_status"] = error.httpStatus;
    return;
  }
  auto& r = *result;
  g.outcome = GenerationOutcome::Ok;
  g.output = std::move(r.text);
  g.reasoning = std::move(r.reasoning);
  g.inputTokens = r.usage.inputTokens;
  g.outputTokens = r.usage.outputTokens;
  g.cost = r.cost;
  g.attempts = r.attempts;
  g.latencyMs = r.latencyMs;
  if (r.firstTokenMs >= 0) g.firstTokenMs = r.firstTokenMs;
  if (!r.model.empty() && r.model != g.model) g.parameters["response_model"] = r.model;
  if (!r.finishReason.empty()) g.parameters["finish_reason"] = r.finishReason;
  if (!r.usage.reported) g.parameters["usage_estimated"] = true;
}

void updateEta(BatchProgress& p, Clock::time_point started) {
  p.elapsedSeconds = std::chrono::duration<double>(Clock::now() - started).count();
  const std::size_t done = p.done();
  const std::size_t remaining = p.total - done - p.notStarted;
  p.etaSeconds = done == 0 ? -1 : p.elapsedSeconds / static_cast<double>(done) * static_cast<double>(remaining);
}

}  // namespace

RunSummary BatchRunner::run(const BatchPlan& plan, std::int64_t batchId, const std::vector<BatchSlot>& slots,
                            const std::filesystem::path& databasePath, const ProgressCallback& progress) {
  RunState state;
  state.progress.total = slots.size();
  auto writer = ResultWriter::open(databasePath, [this, &state](const CommitNotice& notice) {
    {
      std::lock_guard lock(state.mutex);
      if (notice.duplicate) ++state.summary.duplicates;
      if (notice.draftId) ++state.progress.succeeded; else ++state.progress.failed;
      state.changed.notify_all();
    }
    if (m_options.onCommitted) m_options.onCommitted(notice);
  }, [&state](const Error&) {
    std::lock_guard lock(state.mutex);
    state.storeLost = true;
    state.changed.notify_all();
  });
  if (!writer) {
    state.summary.writeError = writer.error();
    state.summary.notStarted = slots.size();
    return state.summary;
  }
  BudgetGuard budget(m_options.budgetUsd);
  const auto started = Clock::now();
  const auto interval = std::chrono::milliseconds(m_options.progressIntervalMs);
  auto lastReport = started;
  const std::size_t concurrency = static_cast<std::size_t>(std::max(1, m_options.concurrency));

  // Called with the lock held; the callback itself runs without it, so a slow terminal never
  // holds up the network thread's callbacks.
  auto report = [&](std::unique_lock<std::mutex>& lock, bool force) {
    if (!progress || (!force && Clock::now() - lastReport < interval)) return;
    lastReport = Clock::now();
    state.progress.inFlight = state.inFlight;
    updateEta(state.progress, started);
    const BatchProgress snapshot = state.progress;
    lock.unlock();
    progress(snapshot);
    lock.lock();
  };

  RunControl* control = m_options.control.get();
  if (control) {
    control->attach([&state] {
      std::lock_guard lock(state.mutex);
      state.changed.notify_all();
    });
  }
  // Slots stopped one by one: in flight ones are cancelled. Never called with the run's lock held
  // (the control's lock comes first: its wake-up takes the run's lock).
  auto cancelStoppedSlots = [&] {
    if (!control || !control->hasNewCancels()) return;
    const auto stopped = control->takeNewCancels();
    std::vector<llm::LlmClient::RequestId> ids;
    {
      std::lock_guard lock(state.mutex);
      for (const auto& tag : stopped) {
        if (auto it = state.requests.find(tag); it != state.requests.end() && it->second != 0) ids.push_back(it->second);
      }
    }
    for (auto id : ids) m_client.cancel(id);
  };
  auto mayStart = [&] { return !control || !control->paused(); };
  auto controlWaiting = [&] { return control && control->hasNewCancels(); };

  std::size_t next = 0;
  std::size_t skipped = 0;  // stopped before they started
  while (next < slots.size()) {
    cancelStoppedSlots();
    if (control && control->slotCancelled(slots[next].customId())) {
      ++skipped;
      ++next;
      continue;
    }
    std::unique_lock lock(state.mutex);
    state.changed.wait_for(lock, interval, [&] {
      return (state.inFlight < concurrency && mayStart()) || m_cancelled || state.storeLost || controlWaiting();
    });
    report(lock, false);
    if (m_cancelled || state.storeLost) break;
    if (state.inFlight >= concurrency || !mayStart() || controlWaiting()) continue;
    const BatchSlot slot = slots[next];
    const double reserved = plan.worstCaseCost(slot);
    if (!budget.reserve(reserved)) {
      state.summary.budgetReached = true;
      break;
    }
    ++state.inFlight;
    state.requests.emplace(slot.customId(), 0);
    lock.unlock();
    ++next;

    if (m_options.onStarted) m_options.onStarted(slot);
    llm::ChatEvents events;
    if (m_options.onText) events.onText = [this, slot](std::string_view text) { m_options.onText(slot, text); };
    if (m_options.onRestart) events.onRetry = [this, slot] { m_options.onRestart(slot); };
    const std::string startedAt = nowIso8601();
    events.onDone = [&, slot, reserved, startedAt](Result<llm::ChatResult> result) {
      SlotOutcome outcome{slot, makeGeneration(plan, batchId, slot, startedAt), m_options.author};
      fillFromResult(outcome.generation, result);
      const Generation& g = outcome.generation;
      budget.settle(reserved, g.cost.value_or(0.0));
      const bool ok = g.outcome == GenerationOutcome::Ok;
      const std::int64_t in = g.inputTokens.value_or(0), out = g.outputTokens.value_or(0);
      const double cost = g.cost.value_or(0.0);
      std::string reason = ok ? std::string() : slot.customId() + ": " + g.error;
      if (m_options.onFinished) m_options.onFinished(slot, g);
      (*writer)->push(std::move(outcome));
      // Last: once inFlight drops the run may return, so nothing of it is touched after the lock.
      std::lock_guard guard(state.mutex);
      auto& s = state.summary;
      if (ok) {
        ++s.succeeded;
        s.inputTokens += in;
        s.outputTokens += out;
        s.costUsd += cost;
        state.progress.inputTokens = s.inputTokens;
        state.progress.outputTokens = s.outputTokens;
        state.progress.costUsd = s.costUsd;
      } else {
        ++s.failed;
        if (s.failureReasons.size() < kReasonsKept) s.failureReasons.push_back(std::move(reason));
      }
      state.requests.erase(slot.customId());
      --state.inFlight;
      state.changed.notify_all();
    };
    const auto id = m_client.submit(plan.targets[slot.targetIndex].profile, plan.request(slot), std::move(events));
    std::lock_guard guard(state.mutex);
    // onDone may have run already and removed the slot: only a request still running is kept.
    if (auto it = state.requests.find(slot.customId()); it != state.requests.end()) it->second = id;
  }

  std::unique_lock lock(state.mutex);
  state.summary.notStarted = slots.size() - next + skipped;
  state.progress.notStarted = state.summary.notStarted;
  bool cancelSent = false;
  while (state.inFlight > 0) {
    if (controlWaiting()) {
      lock.unlock();
      cancelStoppedSlots();
      lock.lock();
      continue;
    }
    // Results the store cannot take are paid for and lost: a lost store stops them as cancel() does.
    if ((m_cancelled || state.storeLost) && !cancelSent) {
      cancelSent = true;
      std::vector<llm::LlmClient::RequestId> ids;
      for (const auto& [tag, id] : state.requests) {
        if (id != 0) ids.push_back(id);
      }
      lock.unlock();  // a cancelled request's onDone takes the lock
      for (auto id : ids) m_client.cancel(id);
      lock.lock();
    }
    state.changed.wait_for(lock, interval, [&] {
      return state.inFlight == 0 || controlWaiting() || (state.storeLost && !cancelSent);
    });
    report(lock, false);
  }
  state.summary.cancelled = m_cancelled;
  lock.unlock();
  if (control) control->detach();
  // Drains the queue: every result handed over is committed (or the error is known) after this.
  state.summary.writeError = (*writer)->finish();
  lock.lock();
  state.progress.finished = true;
  report(lock, true);
  return state.summary;
}

}  // namespace copydesk::batch
