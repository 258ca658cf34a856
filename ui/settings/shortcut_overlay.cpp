#include "ui/settings/shortcut_overlay.h"

#include <QAction>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

namespace copydesk::ui {
namespace {

QString plain(QString text) {
  text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
  return text.replace(QStringLiteral("&&"), QStringLiteral("&")).remove(QStringLiteral("…")).trimmed();
}

QString shortcutsOf(const QAction* action) {
  QStringList keys;
  for (const QKeySequence& key : action->shortcuts()) keys << key.toString(QKeySequence::NativeText);
  return keys.join(QStringLiteral(" / "));
}

// Every action under a menu with a shortcut, submenus included (their titles prefix the action).
void gather(const QMenu* menu, const QString& prefix, QList<QPair<QString, const QAction*>>& out) {
  for (const QAction* action : menu->actions()) {
    if (action->menu()) {
      gather(action->menu(), prefix + plain(action->menu()->title()) + QStringLiteral(" › "), out);
    } else if (!action->isSeparator() && !action->shortcuts().isEmpty()) {
      out.append({prefix + plain(action->text()), action});
    }
  }
}

}  // namespace

ShortcutOverlay::ShortcutOverlay(QMainWindow* window) : QWidget(window), m_window(window) {
  setObjectName(QStringLiteral("shortcutOverlay"));
  setFocusPolicy(Qt::StrongFocus);
  m_content = new QLabel(this);
  m_content->setTextFormat(Qt::RichText);
  m_content->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
  m_content->setStyleSheet(QStringLiteral("QLabel { color: white; background: transparent; }"));
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(m_content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setStyleSheet(QStringLiteral("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"));
  scroll->setFocusPolicy(Qt::NoFocus);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(40, 30, 40, 30);
  layout->addWidget(scroll);
  window->installEventFilter(this);
  hide();
}

void ShortcutOverlay::open() {
  m_content->setText(collect());
  setGeometry(m_window->rect());
  raise();
  show();
  setFocus(Qt::ShortcutFocusReason);
}

QString ShortcutOverlay::collect() {
  m_listed.clear();
  QSet<const QAction*> seen;
  QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                     .arg(tr("Keyboard shortcuts"), tr("Esc or a click closes this sheet."));
  // A key bound twice triggers neither action (Qt reports an ambiguous shortcut): say so.
  QHash<QString, int> uses;
  for (const QAction* action : m_window->findChildren<QAction*>()) {
    if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut) continue;
    for (const QKeySequence& key : action->shortcuts()) ++uses[key.toString(QKeySequence::NativeText)];
  }
  auto section = [&](const QString& title, const QList<QPair<QString, const QAction*>>& rows) {
    if (rows.isEmpty()) return;
    html += QStringLiteral("<h3>%1</h3><table align=\"center\" cellspacing=\"0\" cellpadding=\"3\">").arg(title.toHtmlEscaped());
    for (const auto& [label, action] : rows) {
      seen.insert(action);
      const QString keys = shortcutsOf(action);
      m_listed << title + QStringLiteral(" › ") + label + QStringLiteral(" — ") + keys;
      QString clash;
      for (const QKeySequence& key : action->shortcuts()) {
        if (uses.value(key.toString(QKeySequence::NativeText)) > 1)
          clash = QStringLiteral(" <span style=\"color:#ffb347\">%1</span>")
                      .arg(tr("(%1 is bound more than once)").arg(key.toString(QKeySequence::NativeText)).toHtmlEscaped());
      }
      html += QStringLiteral("<tr><td width=\"200\" align=\"right\"><b>%1</b></td><td width=\"360\">&nbsp;&nbsp;%2%3</td></tr>")
                  .arg(keys.toHtmlEscaped(), label.toHtmlEscaped(), clash);
    }
    html += QStringLiteral("</table>");
  };
  for (const QAction* top : m_window->menuBar()->actions()) {
    if (!top->menu()) continue;
    QList<QPair<QString, const QAction*>> rows;
    gather(top->menu(), QString(), rows);
    section(plain(top->menu()->title()), rows);
  }
  // Shortcuts bound to the window or its panes without a menu entry.
  QList<QPair<QString, const QAction*>> others;
  for (const QAction* action : m_window->findChildren<QAction*>()) {
    if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty()) continue;
    others.append({plain(action->text()), action});
  }
  section(tr("Elsewhere"), others);
  return html;
}

void ShortcutOverlay::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), QColor(15, 20, 30, 235));
}

void ShortcutOverlay::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Escape) {
    hide();
    return;
  }
  QWidget::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent*) { hide(); }

bool ShortcutOverlay::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_window && event->type() == QEvent::Resize && isVisible()) setGeometry(m_window->rect());
  return false;
}

}  // namespace copydesk::ui
