// MainWindow's review area: the review queue and the audit trail.
#include <QAction>
#include <QMenu>
#include <QTabWidget>

#include "ui/main_window.h"
#include "ui/review/audit_view.h"
#include "ui/review/review_pane.h"

namespace copydesk::ui {

void MainWindow::createReviewPanes() {
  m_reviewPane = new ReviewPane(*m_store, *m_ruleBook, m_workspace);
  m_workspace->addTab(m_reviewPane, tr("Rev&iew"));  // Alt+R opens the Review menu
  m_auditView = new AuditView(*m_store, m_workspace);
  m_workspace->addTab(m_auditView, tr("&Audit"));

  // Loaded once the store is open (after seeding), and again whenever the page is shown, so
  // drafts submitted meanwhile (here or by the CLI) join the queue.
  connect(this, &MainWindow::storeOpened, this, [this] {
    m_reviewPane->reload();
    m_auditView->reload();
  });
  connect(m_workspace, &QTabWidget::currentChanged, this, [this](int index) {
    QWidget* page = m_workspace->widget(index);
    if (page == m_reviewPane) {
      m_reviewPane->reload();
      m_reviewPane->setFocus();  // the single-key shortcuts work right away
    } else if (page == m_auditView) {
      m_auditView->reload();
    }
  });
  connect(m_reviewPane, &ReviewPane::decisionsRecorded, m_auditView, &AuditView::reloadSoon);
  createCheckRefresh();
}

void MainWindow::createReviewActions() {
  QAction* open = m_reviewMenu->addAction(tr("Open the review &queue"), this, &MainWindow::showReviewPage);
  open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  m_reviewMenu->addSeparator();
  for (QAction* action : {m_reviewPane->approveAction(), m_reviewPane->rejectAction(),
                          m_reviewPane->approveNextAction(), m_reviewPane->nextAction(),
                          m_reviewPane->previousAction()}) {
    m_reviewMenu->addAction(action);
  }
  m_reviewMenu->addSeparator();
  m_reviewMenu->addAction(m_reviewPane->bulkApproveAction());
  m_reviewMenu->addAction(m_reviewPane->reloadAction());
  m_reviewMenu->addSeparator();
  m_reviewMenu->addAction(tr("Audit &trail"), this, [this] { m_workspace->setCurrentWidget(m_auditView); });
  m_reviewMenu->addAction(tr("E&xport audit…"), this, [this] {
    m_workspace->setCurrentWidget(m_auditView);
    m_auditView->chooseExportFile();
  });
}

void MainWindow::showReviewPage() {
  if (m_workspace->currentWidget() == m_reviewPane) {
    m_reviewPane->setFocus();
  } else {
    m_workspace->setCurrentWidget(m_reviewPane);  // focuses the queue (see createReviewPanes)
  }
}

}  // namespace copydesk::ui
