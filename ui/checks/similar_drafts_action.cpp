#include "ui/checks/similar_drafts_action.h"

#include <QAction>
#include <QMenu>

#include "ui/checks/similar_drafts_dialog.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/main_window.h"

namespace copydesk::ui {

QAction* addSimilarDraftsAction(MainWindow& window, QMenu* menu) {
  QAction* action = menu->addAction(SimilarDraftsDialog::tr("&Similar drafts…"));
  action->setObjectName(QStringLiteral("similarDraftsAction"));
  action->setToolTip(SimilarDraftsDialog::tr("Lists texts of different products that say nearly the same thing"));
  QObject::connect(action, &QAction::triggered, &window, [&window] {
    // One scan window at a time: a second choice brings the open one forward.
    if (auto* open = window.findChild<SimilarDraftsDialog*>(); open && open->isVisible()) {
      open->raise();
      open->activateWindow();
      return;
    }
    auto* dialog = new SimilarDraftsDialog(window.store(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (CopyEditorPane* editor = window.copyEditor()) {
      QObject::connect(dialog, &SimilarDraftsDialog::openRequested, editor,
                       [&window, editor](std::int64_t draftId, std::int64_t productId) {
                         window.showPage(QStringLiteral("write"));
                         if (draftId > 0) editor->showDraft(draftId);
                         else editor->setProduct(productId);
                       });
    }
    dialog->show();
  });
  return action;
}

}  // namespace copydesk::ui
