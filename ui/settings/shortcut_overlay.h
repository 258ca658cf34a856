#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QMainWindow;
class QMenu;

namespace copydesk::ui {

// Help → Keyboard shortcuts: a translucent sheet over the whole window listing every action that
// has a shortcut, grouped by menu. The list is collected each time it opens, so actions added by
// any part of the studio appear. Esc, a click or the shortcut again closes it.
class ShortcutOverlay final : public QWidget {
  Q_OBJECT

 public:
  explicit ShortcutOverlay(QMainWindow* window);

  void open();  // collects the actions, covers the window, takes the focus
  QStringList listedActions() const { return m_listed; }  // "Menu › Action — Shortcut", as shown

 protected:
  void paintEvent(QPaintEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;  // follows the window's size

 private:
  QString collect();  // the HTML of the list; fills m_listed

  QMainWindow* m_window;
  QLabel* m_content;
  QStringList m_listed;
};

}  // namespace copydesk::ui
