#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace copydesk::ui {

// Paints the widget now and then calls back (the cold-start benchmark's "usable window" mark).
void whenPainted(QWidget& widget, const std::function<void()>& callback);

// After delayMs, saves the widget as a PNG and quits the application (exit code 1 if saving failed).
void captureWindowLater(QWidget& widget, const QString& file, int delayMs);

}  // namespace copydesk::ui
