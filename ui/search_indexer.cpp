#include "ui/search_indexer.h"

#include "core/store/search_index_step.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

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
  m_store.run(this, [](Database& db) { return indexSearchStep(db, kBatchRows); },
              [this](Result<SearchIndexStep> step) {
                if (!step) {
                  m_running = false;
                  emit failed(ErrorText::describe(step.error()));
                  return;
                }
                m_indexed += step->indexed();
                m_remaining = step->remaining;
                if (step->last()) {
                  m_running = false;
                  emit finished(m_indexed);
                  return;
                }
                emit progressChanged(percent());
                runBatch();
              });
}

}  // namespace copydesk::ui
