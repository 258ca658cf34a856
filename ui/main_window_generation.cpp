// MainWindow's generation area: generating drafts: streaming variant columns, stop/retry, batches over the selection.
#include "ui/main_window.h"

namespace copydesk::ui {

void MainWindow::createGenerationPanes() {}

void MainWindow::createGenerationActions() {}

}  // namespace copydesk::ui
