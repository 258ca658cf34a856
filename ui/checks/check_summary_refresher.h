#pragma once

#include <QObject>
#include <QString>

#include <cstddef>
#include <memory>

#include "core/checks/rule_book.h"

namespace copydesk::ui {

class StoreThread;

// Keeps the review queue's Checks column current: checks the drafts whose stored summary is
// missing (new or edited text) or was made with other rules, in the background — kBatchDrafts per
// store job, the next job posted only when the last came back, so the queue, saves and searches
// posted meanwhile run between them and the GUI thread never waits. Started at the studio's start,
// after generation and edits, and when the rule book changes.
class CheckSummaryRefresher final : public QObject {
  Q_OBJECT

 public:
  static constexpr std::size_t kBatchDrafts = 100;  // a few tens of milliseconds of checking

  CheckSummaryRefresher(StoreThread& store, std::shared_ptr<const RuleBook> book, QObject* parent = nullptr);

  void setBook(std::shared_ptr<const RuleBook> book);  // and start over with it
  // Checks whatever is stale; while running, the running pass goes on once more at its end, so
  // drafts written meanwhile are picked up.
  void start();
  bool isRunning() const { return m_running; }
  std::size_t checkedThisPass() const { return m_checked; }

 signals:
  void progressed(std::size_t checked);  // after each batch that checked drafts
  void finished(std::size_t checked);    // every summary is current (checked may be 0)
  void failed(const QString& message);

 private:
  void runBatch();

  StoreThread& m_store;
  std::shared_ptr<const RuleBook> m_book;
  bool m_running = false;
  bool m_again = false;
  std::size_t m_checked = 0;
};

}  // namespace copydesk::ui
