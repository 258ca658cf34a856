#include "ui/search_indexer.h"

#include "core/store/draft_search_index.h"
#include "core/store/product_search_index.h"
#include "ui/store_thread.h"

namespace copydesk::ui {
namespace {

struct IndexBatch {
  std::int64_t indexed = 0;
  std::int64_t remaining = 0;  // products and drafts still waiting after this batch
};

// Runs on the store thread: products first (an import's), then drafts (a batch run cut short).
Result<IndexBatch> indexNextBatch(Database& db, std::int64_t maxRows) {
  ProductSearchIndex products(db);
  DraftSearchIndex drafts(db);
  IndexBatch batch;
  auto indexed = products.indexPending(maxRows);
  if (!indexed) return indexed.error();
  if (*indexed == 0) indexed = drafts.indexPending(maxRows);
  if (!indexed) return indexed.error();
  batch.indexed = *indexed;
  auto waitingProducts = products.pending();
  if (!waitingProducts) return waitingProducts.error();
  auto waitingDrafts = drafts.pending();
  if (!waitingDrafts) return waitingDrafts.error();
  batch.remaining = *waitingProducts + *waitingDrafts;
  return batch;
}

}  // namespace

SearchIndexer::SearchIndexer(StoreThread& store, QObject* parent) : QObject(parent), m_store(store) {}

int SearchIndexer::percent() const {
  const std::int64_t seen = m_indexed + m_remaining;
  return seen == 0 ? 100 : static_cast<int>(m_indexed * 100 / seen);
}

void SearchIndexer::start() {
  if (m_running) return;
  m_running = true;
  m_indexed = 0;
  m_remaining = 0;
  runBatch();
}

void SearchIndexer::runBatch() {
  m_store.run(this, [](Database& db) { return indexNextBatch(db, kBatchRows); },
              [this](Result<IndexBatch> batch) {
                if (!batch) {
                  m_running = false;
                  emit failed(QString::fromStdString(batch.error().describe()));
                  return;
                }
                m_indexed += batch->indexed;
                m_remaining = batch->remaining;
                // A batch that indexed nothing while rows remain would loop forever: stop instead.
                if (m_remaining == 0 || batch->indexed == 0) {
                  m_running = false;
                  emit finished(m_indexed);
                  return;
                }
                emit progressChanged(percent());
                runBatch();
              });
}

}  // namespace copydesk::ui
