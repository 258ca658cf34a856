#include "ui/checks/check_summary_refresher.h"

#include "core/checks/check_summary_refresh.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

CheckSummaryRefresher::CheckSummaryRefresher(StoreThread& store, std::shared_ptr<const RuleBook> book, QObject* parent)
    : QObject(parent), m_store(store), m_book(std::move(book)) {}

void CheckSummaryRefresher::setBook(std::shared_ptr<const RuleBook> book) {
  m_book = std::move(book);
  start();
}

void CheckSummaryRefresher::start() {
  if (m_running) {
    m_again = true;
    return;
  }
  m_running = true;
  m_again = false;
  m_checked = 0;
  runBatch();
}

void CheckSummaryRefresher::runBatch() {
  m_store.run(
      this, [book = m_book](Database& db) { return refreshCheckSummaries(db, *book, kBatchDrafts); },
      [this](Result<std::size_t> checked) {
        if (!checked) {
          m_running = false;
          m_again = false;
          emit failed(ErrorText::describe(checked.error()));
          return;
        }
        m_checked += *checked;
        if (*checked > 0) {
          emit progressed(m_checked);
          runBatch();
          return;
        }
        if (m_again) {  // asked again meanwhile: one more look, with the book in force now
          m_again = false;
          runBatch();
          return;
        }
        m_running = false;
        emit finished(m_checked);
      });
}

}  // namespace copydesk::ui
