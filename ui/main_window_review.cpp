// MainWindow's review area: the review queue and the audit trail.
#include "ui/main_window.h"

namespace copydesk::ui {

void MainWindow::createReviewPanes() {}

void MainWindow::createReviewActions() {}

}  // namespace copydesk::ui
