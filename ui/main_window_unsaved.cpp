// MainWindow's unsaved-copy journal: the editors' unsaved text journaled as it is typed, texts a
// studio that is gone left behind offered back at start, File → Unsaved copy… for this session's.
#include <QAction>
#include <QMenu>
#include <QStatusBar>

#include "core/store/unsaved_copy_journal.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/main_window.h"
#include "ui/store_thread.h"
#include "ui/template_editor.h"
#include "ui/unsaved/unsaved_copy_dialog.h"
#include "ui/unsaved/unsaved_copy_tracker.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {

void MainWindow::createUnsavedCopy() {
  m_unsavedCopy = new UnsavedCopyTracker(*m_store, m_copyEditor, m_editor, this);
  connect(m_unsavedCopy, &UnsavedCopyTracker::openRequested, this,
          [this](bool prompt) { showPage(prompt ? QStringLiteral("prompt") : QStringLiteral("write")); });
  connect(m_unsavedCopy, &UnsavedCopyTracker::opened, this,
          [this](const QString& message) { statusBar()->showMessage(message, 10000); });
  connect(m_unsavedCopy, &UnsavedCopyTracker::failed, this, [this](const QString& why) {
    statusBar()->showMessage(tr("Unsaved copy could not be kept safe in the database: %1").arg(why), 15000);
  });
  createStoreActions();
  if (m_options.unsavedAtStart != UnsavedAtStart::Keep) offerUnsavedCopy();
}

void MainWindow::offerUnsavedCopy() {
  // After the store's first jobs (seeding, the first loads): the products the texts belong to are there.
  m_store->run(
      this, [owner = m_unsavedCopy->owner()](Database& db) { return UnsavedCopyJournal(db, owner).orphaned(); },
      [this](Result<std::vector<UnsavedCopy>> left) {
        if (!left || left->empty()) return;  // a store that did not open says so on its own
        if (m_options.unsavedAtStart == UnsavedAtStart::RestoreAll) {
          m_unsavedCopy->restore(*left);
          return;
        }
        showUnsavedCopy(static_cast<int>(UnsavedCopyDialog::Mode::Offer), std::move(*left));
      });
}

UnsavedCopyDialog* MainWindow::showUnsavedCopy(int mode, std::vector<UnsavedCopy> entries) {
  auto* dialog = new UnsavedCopyDialog(static_cast<UnsavedCopyDialog::Mode>(mode), std::move(entries), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &UnsavedCopyDialog::restoreRequested, m_unsavedCopy, &UnsavedCopyTracker::restore);
  connect(dialog, &UnsavedCopyDialog::discardRequested, m_unsavedCopy, &UnsavedCopyTracker::discard);
  dialog->open();
  return dialog;
}

void MainWindow::listUnsavedCopy() {
  m_unsavedCopy->flush();  // what was typed a moment ago is in the list too
  m_store->run(
      this, [owner = m_unsavedCopy->owner()](Database& db) { return UnsavedCopyJournal(db, owner).own(); },
      [this](Result<std::vector<UnsavedCopy>> held) {
        if (!held) {
          statusBar()->showMessage(ErrorText::describe(held.error()), 10000);
          return;
        }
        if (held->empty()) {
          statusBar()->showMessage(tr("Every text is saved."), 5000);
          return;
        }
        showUnsavedCopy(static_cast<int>(UnsavedCopyDialog::Mode::Held), std::move(*held));
      });
}

}  // namespace copydesk::ui
