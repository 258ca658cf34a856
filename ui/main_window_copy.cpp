// MainWindow's copy area: editing copy: facts | model draft | working copy, diff, counters, undo/redo.
#include "ui/main_window.h"

namespace copydesk::ui {

void MainWindow::createCopyPanes() {}

void MainWindow::createCopyActions() {}

}  // namespace copydesk::ui
