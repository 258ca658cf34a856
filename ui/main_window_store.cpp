// MainWindow and the store file: File → Back up…, File → Unsaved copy…, and a store that cannot be
// used (damaged, truncated, read-only, locked) said in a dialog at start instead of failing pane by pane.
#include <QAction>
#include <QDate>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include "core/store/store_backup.h"
#include "core/store/store_source.h"
#include "ui/main_window.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

void MainWindow::createStoreActions() {
  auto* backup = new QAction(tr("&Back up…"), this);
  backup->setObjectName(QStringLiteral("backupAction"));
  backup->setStatusTip(tr("Save a consistent copy of the database, also while a batch is writing to it"));
  connect(backup, &QAction::triggered, this, [this] {
    const QString suggested = QString::fromStdString(
        (m_options.database.parent_path() /
         ("copydesk-backup-" + QDate::currentDate().toString(Qt::ISODate).toStdString() + ".db"))
            .string());
    // The save dialog asks before replacing a file, so an existing one is replaced once confirmed.
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                      tr("Copydesk databases (*.db);;All files (*)"));
    if (!path.isEmpty()) backUpStore(path);
  });
  auto* unsaved = new QAction(tr("&Unsaved copy…"), this);
  unsaved->setObjectName(QStringLiteral("unsavedCopyAction"));
  unsaved->setStatusTip(tr("The texts you have edited and not saved yet, to open or discard"));
  connect(unsaved, &QAction::triggered, this, &MainWindow::listUnsavedCopy);

  // Before the separator above Quit.
  QAction* before = nullptr;
  for (QAction* action : m_fileMenu->actions()) {
    if (action->isSeparator()) before = action;
  }
  m_fileMenu->insertAction(before, backup);
  m_fileMenu->insertAction(before, unsaved);
}

void MainWindow::backUpStore(const QString& path) {
  statusBar()->showMessage(tr("Backing up the database to %1…").arg(path));
  m_store->run(
      this, [out = std::filesystem::path(path.toStdString())](Database& db) { return backupStore(db, out, true); },
      [this, path](Result<BackupSummary> done) {
        statusBar()->clearMessage();
        auto* box = new QMessageBox(this);
        box->setObjectName(QStringLiteral("backupResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowTitle(tr("Back up"));
        QString message;
        if (done) {
          box->setIcon(QMessageBox::Information);
          message = tr("The database was backed up to %1 (%2 products, %3 drafts). The copy is a normal Copydesk "
                       "database: open it with --db, or put it in place of the old one to restore.")
                        .arg(path)
                        .arg(done->products)
                        .arg(done->drafts);
        } else {
          box->setIcon(QMessageBox::Warning);
          message = tr("The backup failed; nothing was written to %1.\n\n%2")
                        .arg(path, ErrorText::describe(done.error()));
        }
        box->setText(message);
        box->open();
        emit backupFinished(done.ok(), message);
      });
}

void MainWindow::watchStoreOpen() {
  // The store thread hands the error of a connection that did not open to every job.
  m_store->run(
      this, [](Database&) -> Status { return {}; },
      [this](Status opened) {
        if (opened) return;
        auto* box = new QMessageBox(QMessageBox::Critical, tr("Cannot use the database"),
                                    tr("Copydesk cannot use the database %1.")
                                        .arg(QString::fromStdString(redactedSource(m_options.database.string()))),
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("storeProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(ErrorText::describe(opened.error()));
        connect(box, &QMessageBox::finished, this, &MainWindow::storeUnusable);
        box->open();
      });
}

}  // namespace copydesk::ui
