#include "ui/window_capture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace copydesk::ui {

void whenPainted(QWidget& widget, const std::function<void()>& callback) {
  // repaint() paints synchronously, so the rows that just arrived are on screen when it returns.
  widget.repaint();
  callback();
}

void captureWindowLater(QWidget& widget, const QString& file, int delayMs) {
  QTimer::singleShot(delayMs, &widget, [&widget, file] {
    const bool saved = widget.grab().save(file, "PNG");
    if (!saved) std::fprintf(stderr, "copydesk: could not save the screenshot to %s\n", qPrintable(file));
    QApplication::exit(saved ? 0 : 1);
  });
}

namespace {

QDialog* visibleDialog() {
  for (QWidget* widget : QApplication::topLevelWidgets()) {
    if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible()) return dialog;
  }
  return nullptr;
}

}  // namespace

void captureDialogLater(QWidget& window, const QString& actionName, int tab, const QString& button, const QString& file,
                        int delayMs) {
  auto* action = window.findChild<QAction*>(actionName);
  if (!action) {
    std::fprintf(stderr, "copydesk: no action named %s\n", qPrintable(actionName));
    QApplication::exit(1);
    return;
  }
  // Armed before the trigger: the dialog may run its own event loop (exec) until the capture.
  QTimer::singleShot(delayMs / 3, &window, [tab, button] {
    QDialog* dialog = visibleDialog();
    if (auto* tabs = dialog ? dialog->findChild<QTabWidget*>() : nullptr; tabs && tab >= 0) tabs->setCurrentIndex(tab);
    if (auto* pushed = dialog && !button.isEmpty() ? dialog->findChild<QAbstractButton*>(button) : nullptr) pushed->click();
  });
  QTimer::singleShot(delayMs, &window, [file] {
    QDialog* dialog = visibleDialog();
    const bool saved = dialog && dialog->grab().save(file, "PNG");
    if (!saved) std::fprintf(stderr, "copydesk: no dialog to save as %s\n", qPrintable(file));
    QApplication::exit(saved ? 0 : 1);
  });
  QTimer::singleShot(0, action, &QAction::trigger);
}

}  // namespace copydesk::ui
