// MainWindow's settings area: settings: provider profiles and keys, variables presets, shortcuts.
#include "ui/main_window.h"

namespace copydesk::ui {

void MainWindow::createSettingsActions() {}

}  // namespace copydesk::ui
