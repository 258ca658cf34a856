// MainWindow on a team store: the queue, the products and the history follow what other studios
// and CLIs change (StoreWatcher), and a lost store connection is said in the status bar while it is
// retried. On a SQLite store nothing here runs (the panes reload when they are shown, as before).
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

#include "core/store/postgres/store_events.h"
#include "core/store/store_source.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/history/history_page.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/review/audit_view.h"
#include "ui/review/review_pane.h"
#include "ui/store_thread.h"
#include "ui/store_watcher.h"

namespace copydesk::ui {

void MainWindow::createLiveUpdates() {
  if (!isPostgresSource(m_options.database.native())) return;
  m_storeWatcher = new StoreWatcher(m_options.database.native(), this);
  m_storeState = new QLabel(this);
  m_storeState->setObjectName(QStringLiteral("storeState"));
  m_storeState->hide();
  statusBar()->addPermanentWidget(m_storeState);

  connect(m_storeWatcher, &StoreWatcher::storeChanged, this, &MainWindow::showStoreChanges);
  connect(m_storeWatcher, &StoreWatcher::unreachable, this, [this](const QString& why) {
    m_storeState->setText(tr("Team store unreachable — retrying"));
    m_storeState->setToolTip(why);
    m_storeState->show();
  });
  connect(m_storeWatcher, &StoreWatcher::reconnected, this, [this] {
    m_storeState->hide();
    statusBar()->showMessage(tr("The team store is reachable again."), 8000);
    ignoreOwnChanges();
    reloadFromStore();  // nothing was heard while the connection was down
    m_copyEditor->storeIsBack();  // a save that found the store unreachable is made now
  });
  ignoreOwnChanges();
  m_storeWatcher->start();
}

void MainWindow::ignoreOwnChanges() {
  m_store->run(this, pg::serverProcessOf, [this](Result<int> pid) {
    if (pid) m_storeWatcher->ignoreSender(*pid);
  });
}

QString MainWindow::storeState() const {
  return m_storeState && !m_storeState->isHidden() ? m_storeState->text() : QString();
}

void MainWindow::showStoreChanges(const QStringList& tables) {
  const bool copyChanged = tables.contains(QLatin1String("drafts")) || tables.contains(QLatin1String("reviews"));
  if (tables.contains(QLatin1String("products"))) {
    m_products->reload();  // new or removed products change the list itself
  } else if (copyChanged) {
    m_products->model()->refreshRows();  // the status column, in place: selection and scroll stay
  }
  if (!copyChanged) return;
  m_reviewPane->reload();  // keeps the current draft current while it is still listed
  m_copyEditor->refreshShownDraft();  // e.g. a reviewer decided the draft shown
  m_auditView->reloadSoon();
  // A hidden history page reads everything again when it is shown.
  if (m_history->isVisible()) m_history->reload();
}

void MainWindow::reloadFromStore() {
  m_products->reload();
  m_reviewPane->reload();
  m_copyEditor->refreshShownDraft();
  m_auditView->reload();
  if (m_history->isVisible()) m_history->reload();
}

}  // namespace copydesk::ui
