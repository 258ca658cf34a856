// The runner's live hooks and its RunControl: streamed text per slot, pause/resume, stopping one slot.
#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include "core/batch/batch_planner.h"
#include "core/batch/batch_runner.h"
#include "core/store/batch_store.h"
#include "tests/batch/batch_fixture.h"

using namespace copydesk;
using namespace copydesk::batch;
using namespace copydesk::test;

namespace {

struct Planned {
  BatchPlan plan;
  std::int64_t batchId = 0;
};

Planned planFor(BatchFixture& fixture, const FakeServerProcess& server, int variants) {
  auto options = fixture.options(server, variants);
  auto plan = BatchPlanner(fixture.db()).plan(options.spec);
  REQUIRE(plan.ok());
  auto batch = BatchStore(fixture.db()).create(plan->templateVersion.id, plan->field, plan->toJson());
  REQUIRE(batch.ok());
  return {std::move(*plan), batch->id};
}

// What the hooks saw, from the threads they run on; every hook tells `changed`.
struct Seen {
  std::mutex mutex;
  std::condition_variable changed;
  std::map<std::string, std::string> text;
  std::map<std::string, std::string> finished;
  std::vector<std::string> started;
  std::vector<std::int64_t> drafts;
  int restarts = 0;
  int pausedLooks = 0;  // progress reports of the paused runner with two drafts and nothing in flight

  std::size_t startedCount() {
    std::lock_guard lock(mutex);
    return started.size();
  }
  // Waits (without polling) until `condition`, asked under the lock, holds; false after 20 s.
  bool waitUntil(const std::function<bool()>& condition) {
    std::unique_lock lock(mutex);
    return changed.wait_for(lock, std::chrono::seconds(20), condition);
  }
};

void watch(RunOptions& options, Seen& seen) {
  options.onStarted = [&seen](const BatchSlot& s) {
    std::lock_guard lock(seen.mutex);
    seen.started.push_back(s.customId());
    seen.changed.notify_all();
  };
  options.onText = [&seen](const BatchSlot& s, std::string_view piece) {
    std::lock_guard lock(seen.mutex);
    seen.text[s.customId()] += piece;
    seen.changed.notify_all();
  };
  options.onRestart = [&seen](const BatchSlot& s) {
    std::lock_guard lock(seen.mutex);
    seen.text[s.customId()].clear();
    ++seen.restarts;
    seen.changed.notify_all();
  };
  options.onFinished = [&seen](const BatchSlot& s, const Generation& g) {
    std::lock_guard lock(seen.mutex);
    seen.finished[s.customId()] = std::string(toString(g.outcome)) + ":" + g.output;
    seen.changed.notify_all();
  };
  options.onCommitted = [&seen](const CommitNotice& n) {
    std::lock_guard lock(seen.mutex);
    if (n.draftId) seen.drafts.push_back(*n.draftId);
    seen.changed.notify_all();
  };
}

}  // namespace

TEST_CASE("Batch runner hooks: every slot's streamed pieces add up to its stored text") {
  FakeServerProcess server({"--chunks", "12"});
  BatchFixture fixture(2);
  llm::LlmClient client(BatchFixture::fastRetries());
  auto [plan, batchId] = planFor(fixture, server, 3);
  RunOptions options;
  Seen seen;
  watch(options, seen);
  BatchRunner runner(client, options);
  const auto summary = runner.run(plan, batchId, plan.allSlots(), fixture.dbPath());
  CHECK(summary.succeeded == 6);
  CHECK(seen.started.size() == 6);
  CHECK(seen.drafts.size() == 6);
  const auto drafts = checkDraftsConsistent(fixture.db(), batchId);
  REQUIRE(drafts.size() == 6);
  for (const Draft& d : drafts) {
    BatchSlot slot;
    slot.productId = d.productId;
    slot.variant = d.variant;
    const std::string id = slot.customId();
    INFO(id);
    CHECK(seen.text[id] == d.text);
    CHECK(seen.finished[id] == "ok:" + d.text);
  }
}

TEST_CASE("Batch runner control: while paused nothing new starts; resumed, every slot gets exactly one draft") {
  FakeServerProcess server({"--chunks", "4", "--stream-ms", "150"});
  BatchFixture fixture(4);
  llm::LlmClient client(BatchFixture::fastRetries());
  auto [plan, batchId] = planFor(fixture, server, 1);
  auto control = std::make_shared<RunControl>();
  RunOptions options;
  options.concurrency = 1;
  options.control = control;
  options.progressIntervalMs = 20;
  Seen seen;
  watch(options, seen);
  // Paused from the second start on: the first two run, the rest waits.
  options.onStarted = [&seen, control](const BatchSlot& s) {
    std::lock_guard lock(seen.mutex);
    seen.started.push_back(s.customId());
    if (seen.started.size() == 2) control->pause();
    seen.changed.notify_all();
  };
  // The runner reports from its dispatch loop, on the thread that starts slots. Between two such
  // reports it passed its "may I start one?" once: had it not been paused, with nothing in flight
  // it would have started the third slot in between, and the second report would show it.
  const ProgressCallback progress = [&seen](const BatchProgress& p) {
    std::lock_guard lock(seen.mutex);
    if (p.finished || p.done() != 2 || p.inFlight != 0) return;
    ++seen.pausedLooks;
    seen.changed.notify_all();
  };
  BatchRunner runner(client, options);
  RunSummary summary;
  std::thread worker([&] { summary = runner.run(plan, batchId, plan.allSlots(), fixture.dbPath(), progress); });
  REQUIRE(seen.waitUntil([&] { return seen.drafts.size() == 2 && seen.pausedLooks >= 2; }));
  CHECK(seen.startedCount() == 2);
  CHECK(server.requestCount("/v1/chat/completions") == 2);
  control->resume();
  worker.join();
  CHECK(summary.succeeded == 4);
  CHECK(summary.notStarted == 0);
  CHECK(checkDraftsConsistent(fixture.db(), batchId).size() == 4);
  CHECK(server.requestCount("/v1/chat/completions") == 4);
}

TEST_CASE("Batch runner control: stopping one slot cancels it in flight or keeps it from starting") {
  FakeServerProcess server({"--chunks", "20", "--stream-ms", "3000"});
  BatchFixture fixture(1);
  llm::LlmClient client(BatchFixture::fastRetries());
  auto [plan, batchId] = planFor(fixture, server, 3);
  auto control = std::make_shared<RunControl>();
  RunOptions options;
  options.concurrency = 2;  // variant 3 waits for a free place
  options.control = control;
  Seen seen;
  watch(options, seen);
  const auto slots = plan.allSlots();
  control->cancelSlot(slots[2].customId());  // never starts
  BatchRunner runner(client, options);
  RunSummary summary;
  std::thread worker([&] { summary = runner.run(plan, batchId, slots, fixture.dbPath()); });
  REQUIRE(seen.waitUntil([&] { return !seen.text[slots[1].customId()].empty(); }));
  control->cancelSlot(slots[1].customId());  // streaming now
  worker.join();
  CHECK(summary.succeeded == 1);
  CHECK(summary.failed == 1);
  CHECK(summary.notStarted == 1);
  CHECK_FALSE(summary.cancelled);
  CHECK(seen.finished[slots[1].customId()].rfind("cancelled:", 0) == 0);
  CHECK(seen.started == std::vector<std::string>{slots[0].customId(), slots[1].customId()});
  const auto drafts = checkDraftsConsistent(fixture.db(), batchId);
  REQUIRE(drafts.size() == 1);
  CHECK(drafts[0].variant == 1);
}
