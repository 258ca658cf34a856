#pragma once

class QAction;
class QMenu;

namespace copydesk::ui {

class MainWindow;

// Review → Similar drafts…: opens the sameness scan (SimilarDraftsDialog, not modal, so a pair can
// be opened in the copy editor while the list stays), whose "Open in the editor" shows the draft
// (or the product's copy) on the Write page.
QAction* addSimilarDraftsAction(MainWindow& window, QMenu* menu);

}  // namespace copydesk::ui
