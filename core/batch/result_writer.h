#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/batch/batch_slot.h"
#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "core/store/generation_store.h"

namespace copydesk::batch {

// A finished request on its way to the database.
struct SlotOutcome {
  BatchSlot slot;
  Generation generation;   // outcome ok → a draft is made from generation.output
  std::string author;      // of the draft
};

struct CommitNotice {
  BatchSlot slot;
  std::int64_t generationId = 0;
  std::optional<std::int64_t> draftId;  // set when a draft was written
  bool duplicate = false;               // the slot already had a draft: the generation is kept, no second draft
};

// The single writer of a running batch: one thread with its own connection and a queue.
// LlmClient callbacks push finished requests and return at once; the thread commits whatever
// has queued up in one short transaction (generation row + draft per request, each in its own
// savepoint), so a result is on disk some 50 ms after it finished and a crash loses nothing
// that was committed. The drafts' search index is brought up to date in bulk (every 1,000
// drafts and when the writer finishes), not per commit.
// A store that takes no more writes — a commit failed as a whole, or a team store's connection was
// found closed (it is looked at while the writer waits, so a server that goes away during long
// streams is noticed before their results arrive) — is reported once through OnStoreLost: what is
// pushed from then on cannot be written, and the batch should stop spending on it.
class ResultWriter final {
 public:
  using OnCommitted = std::function<void(const CommitNotice&)>;  // runs on the writer thread
  using OnStoreLost = std::function<void(const Error&)>;         // runs on the writer thread

  static Result<std::unique_ptr<ResultWriter>> open(const std::filesystem::path& databasePath,
                                                    OnCommitted onCommitted = {}, OnStoreLost onStoreLost = {});
  ~ResultWriter();  // finish()es
  ResultWriter(const ResultWriter&) = delete;
  ResultWriter& operator=(const ResultWriter&) = delete;

  void push(SlotOutcome outcome);  // thread-safe, never waits for the disk
  // Waits until everything pushed so far is committed, then stops the thread. The first error
  // the writer met (the results it could not write are then lost), or success.
  Status finish();
  // Waits until everything pushed so far is committed; the thread keeps running.
  void flush();

 private:
  ResultWriter(std::unique_ptr<Database> db, OnCommitted onCommitted, OnStoreLost onStoreLost);
  void loop();
  Status commitAll(std::vector<SlotOutcome>& items);
  Result<CommitNotice> write(const SlotOutcome& item);
  void indexDrafts();
  void checkStoreReachable();
  Status storeLost(const Error& error);
  void noteError(const Status& status);

  std::unique_ptr<Database> m_db;
  GenerationStore m_generations;
  DraftStore m_drafts;
  std::int64_t m_unindexedDrafts = 0;  // writer thread only
  OnCommitted m_onCommitted;
  OnStoreLost m_onStoreLost;
  bool m_lost = false;  // writer thread only
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::condition_variable m_idle;
  std::vector<SlotOutcome> m_queue;
  bool m_busy = false;
  bool m_stop = false;
  int m_flushing = 0;              // flush() callers waiting: the writer does not gather then
  Status m_firstError;
  std::thread m_thread;
};

}  // namespace copydesk::batch
