#include "core/batch/result_writer.h"

#include "core/common/error_id.h"
#include "core/store/draft_search_index.h"
#include "core/store/postgres/pg_connection.h"

namespace copydesk::batch {

namespace {
constexpr auto kGather = std::chrono::milliseconds(50);
// Drafts are put in the search index in bulk, this many at a time and when the batch ends
// (indexing each commit's few drafts was over half of the writer's work; searches read
// drafts not yet indexed with LIKE meanwhile, see DraftSearchIndex).
constexpr std::int64_t kIndexDraftsEvery = 1000;
// How often an idle writer looks at a team store's connection (reading what the server sent, never
// waiting): a stream may run for minutes, and a store lost meanwhile should stop the batch at once.
constexpr auto kCheckStoreEvery = std::chrono::milliseconds(250);
constexpr const char* kSaving = "saving the batch's results";
}  // namespace

Result<std::unique_ptr<ResultWriter>> ResultWriter::open(const std::filesystem::path& databasePath,
                                                         OnCommitted onCommitted, OnStoreLost onStoreLost) {
  auto db = Database::open(databasePath);
  if (!db) return db.error();
  return std::unique_ptr<ResultWriter>(
      new ResultWriter(std::move(*db), std::move(onCommitted), std::move(onStoreLost)));
}

ResultWriter::ResultWriter(std::unique_ptr<Database> db, OnCommitted onCommitted, OnStoreLost onStoreLost)
    : m_db(std::move(db)),
      m_generations(*m_db),
      m_drafts(*m_db),
      m_onCommitted(std::move(onCommitted)),
      m_onStoreLost(std::move(onStoreLost)) {
  m_thread = std::thread([this] { loop(); });
}

ResultWriter::~ResultWriter() { (void)finish(); }

void ResultWriter::push(SlotOutcome outcome) {
  {
    std::lock_guard lock(m_mutex);
    m_queue.push_back(std::move(outcome));
  }
  m_wake.notify_one();
}

void ResultWriter::flush() {
  std::unique_lock lock(m_mutex);
  ++m_flushing;
  m_wake.notify_one();
  m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
  --m_flushing;
}

Status ResultWriter::finish() {
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  m_wake.notify_one();
  if (m_thread.joinable()) m_thread.join();
  std::lock_guard lock(m_mutex);
  return m_firstError;
}

void ResultWriter::loop() {
  std::vector<SlotOutcome> items;
  for (;;) {
    {
      std::unique_lock lock(m_mutex);
      m_busy = false;
      m_idle.notify_all();
      while (!m_wake.wait_for(lock, kCheckStoreEvery, [this] { return m_stop || !m_queue.empty(); })) {
        lock.unlock();
        checkStoreReachable();
        lock.lock();
      }
      if (m_queue.empty()) {  // stopping, and nothing left to write
        lock.unlock();
        indexDrafts();
        return;
      }
      // Results of a busy batch arrive a few per millisecond: gathering them for a moment makes
      // one transaction of many rather than one each (the per-commit cost is most of the writing).
      m_wake.wait_for(lock, kGather, [this] { return m_stop || m_flushing > 0; });
      items.swap(m_queue);
      m_busy = true;
    }
    Status st = commitAll(items);
    items.clear();
    if (m_unindexedDrafts >= kIndexDraftsEvery) indexDrafts();
    noteError(st);
  }
}

void ResultWriter::noteError(const Status& status) {
  if (status) return;
  std::lock_guard lock(m_mutex);
  if (m_firstError) m_firstError = status;
}

void ResultWriter::checkStoreReachable() {
  pg::Connection* connection = m_db->postgres();
  if (m_lost || !connection || connection->checkConnected()) return;
  noteError(storeLost(m_db->lastError(kSaving)));
}

// The store's "nothing typed is lost" fits an editor; a batch says what happens to its results.
static Error wordedForBatch(const Error& error) {
  if (error.id != "store.pg.unreachable" || error.args.empty()) return error;
  return makeError("batch.store-unreachable", error.code, {error.args.front()}, error.where);
}

Status ResultWriter::storeLost(const Error& cause) {
  const Error error = wordedForBatch(cause);
  if (!m_lost && m_onStoreLost) m_onStoreLost(error);
  m_lost = true;
  return error;
}

void ResultWriter::indexDrafts() {
  // A failure here loses nothing: the drafts stay listed as pending, searchable with LIKE, and
  // the next writer (or the next call) indexes them.
  (void)DraftSearchIndex(*m_db).indexAll();
  m_unindexedDrafts = 0;
}

Status ResultWriter::commitAll(std::vector<SlotOutcome>& items) {
  std::vector<CommitNotice> notices;
  notices.reserve(items.size());
  Transaction tx(*m_db);
  // The store's own failure, worded for what the batch was doing (not the SQL that met it).
  if (!tx.begun()) return storeLost(m_db->lastError(kSaving));
  Status firstError;
  for (const auto& item : items) {
    auto notice = write(item);
    if (notice) notices.push_back(*notice);
    else if (firstError) firstError = notice.error();
  }
  if (auto st = tx.commit(); !st) return storeLost(m_db->lastError(kSaving));
  // Told only after the commit: what the progress shows as done is on disk.
  if (m_onCommitted) {
    for (const auto& notice : notices) m_onCommitted(notice);
  }
  return firstError;
}

Result<CommitNotice> ResultWriter::write(const SlotOutcome& item) {
  Transaction savepoint(*m_db);
  if (!savepoint.begun()) return savepoint.begun().error();
  CommitNotice notice;
  notice.slot = item.slot;
  auto generationId = m_generations.insert(item.generation);
  if (!generationId) return generationId.error();
  notice.generationId = *generationId;
  if (item.generation.outcome == GenerationOutcome::Ok) {
    NewDraft draft;
    draft.productId = item.slot.productId;
    draft.field = item.generation.field;
    draft.templateVersionId = item.generation.templateVersionId;
    draft.generationId = *generationId;
    draft.batchId = item.generation.batchId;
    draft.variant = item.slot.variant;
    draft.model = item.generation.model;
    draft.text = item.generation.output;
    draft.author = item.author;
    if (item.slot.personaId != 0) draft.personaId = item.slot.personaId;
    if (item.slot.questionId != 0) draft.questionId = item.slot.questionId;
    if (item.slot.sourceDraftId != 0) {
      draft.sourceDraftId = item.slot.sourceDraftId;
      draft.sourceEditId = item.slot.sourceEditId;
      draft.language = item.slot.language;
    }
    auto created = m_drafts.insert(draft);
    if (created) {
      notice.draftId = *created;
      ++m_unindexedDrafts;
    }
    else if (created.error().code == ErrorCode::InvalidInput) notice.duplicate = true;
    else return created.error();
  }
  if (auto st = savepoint.commit(); !st) return st.error();
  return notice;
}

}  // namespace copydesk::batch
