#pragma once

#include <QObject>

#include <cstdint>

#include "core/store/search_index_step.h"

namespace copydesk::ui {

class StoreThread;

// Puts the products and drafts that wait for the full-text search index (an import commits its
// products first and leaves them waiting, see ImportOptions::searchIndexing) into it, in the
// background: one indexSearchStep per store job, each a short transaction, and the next step posted
// only when the last has come back — so the product list, searches and saves posted meanwhile run
// between batches and the GUI thread never waits. Search finds waiting rows all along; closing the
// studio mid-way leaves the rest waiting for the next start.
class SearchIndexer final : public QObject {
  Q_OBJECT

 public:
  static constexpr std::int64_t kBatchRows = kSearchIndexStepRows;

  explicit SearchIndexer(StoreThread& store, QObject* parent = nullptr);

  // Starts indexing whatever waits; while running, rows written since are picked up by the running pass.
  void start();
  bool isRunning() const { return m_running; }
  int percent() const;                            // of the rows this pass has seen
  std::int64_t indexed() const { return m_indexed; }  // rows indexed by this pass

 signals:
  void progressChanged(int percent);  // after each batch while rows are left
  void finished(std::int64_t indexed);  // nothing waits any more (indexed may be 0)
  void failed(const QString& message);  // stopped; the rows left still wait and are still found

 private:
  void runBatch();

  StoreThread& m_store;
  bool m_running = false;
  std::int64_t m_indexed = 0;
  std::int64_t m_remaining = 0;
};

}  // namespace copydesk::ui
