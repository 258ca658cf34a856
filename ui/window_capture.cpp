#include "ui/window_capture.h"

#include <QApplication>
#include <QPixmap>
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

}  // namespace copydesk::ui
