// MainWindow's checks: the stored summary of every draft's checks (the review queue's Checks
// column and filter) kept current in the background, after each thing that can make one stale.
#include <QElapsedTimer>
#include <QStatusBar>

#include <memory>

#include "ui/checks/check_summary_refresher.h"
#include "ui/checks/rule_book_holder.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/generation/generation_bridge.h"
#include "ui/main_window.h"
#include "ui/review/review_pane.h"

namespace copydesk::ui {

void MainWindow::createCheckRefresh() {
  m_checkRefresher = new CheckSummaryRefresher(*m_store, m_ruleBook->book(), this);
  auto start = [this] { m_checkRefresher->start(); };
  // At start (once seeding is done), after generation (a run, a batch) and after an edit.
  connect(this, &MainWindow::storeOpened, m_checkRefresher, start);
  if (m_generationBridge) connect(m_generationBridge, &GenerationBridge::runFinished, m_checkRefresher, start);
  connect(m_copyEditor, &CopyEditorPane::saved, m_checkRefresher, start);
  // Other rules: every summary made with the old ones is stale.
  connect(m_ruleBook, &RuleBookHolder::changed, m_checkRefresher,
          [this] { m_checkRefresher->setBook(m_ruleBook->book()); });
  // The queue's rows follow: when a pass ends, and every few seconds of a long one (100,000 new drafts).
  auto sinceShown = std::make_shared<QElapsedTimer>();
  sinceShown->start();
  connect(m_checkRefresher, &CheckSummaryRefresher::progressed, m_reviewPane, [this, sinceShown] {
    if (sinceShown->elapsed() < 3000) return;
    sinceShown->restart();
    m_reviewPane->refreshChecks();
  });
  connect(m_checkRefresher, &CheckSummaryRefresher::finished, m_reviewPane, [this, sinceShown](std::size_t checked) {
    sinceShown->restart();
    if (checked > 0) m_reviewPane->refreshChecks();
  });
  connect(m_checkRefresher, &CheckSummaryRefresher::failed, this, [this](const QString& why) {
    statusBar()->showMessage(tr("The review queue's checks could not be brought up to date: %1").arg(why), 15000);
  });
}

}  // namespace copydesk::ui
