#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace copydesk::ui {

// Paints the widget now and then calls back (the cold-start benchmark's "usable window" mark).
void whenPainted(QWidget& widget, const std::function<void()>& callback);

// After delayMs, saves the widget as a PNG and quits the application (exit code 1 if saving failed).
void captureWindowLater(QWidget& widget, const QString& file, int delayMs);

// For the README's screenshots of dialogs: triggers the action named `actionName` (its objectName)
// in `window`, shows tab `tab` (index, -1 for none) of the dialog it opens and presses its button
// named `button` (empty for none), and after delayMs saves that dialog as a PNG and quits (exit code 1 if there was no such action or dialog).
void captureDialogLater(QWidget& window, const QString& actionName, int tab, const QString& button, const QString& file,
                        int delayMs);

}  // namespace copydesk::ui
