// MainWindow's history area: history of generations and edits, template versions, catalog import.
#include "ui/main_window.h"

namespace copydesk::ui {

void MainWindow::createHistoryPanes() {}

void MainWindow::createHistoryActions() {}

}  // namespace copydesk::ui
