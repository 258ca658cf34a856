#include "ui/editor/variable_completion.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace copydesk::ui {
namespace {

bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-'); }

}  // namespace

VariableCompletion::VariableCompletion(QPlainTextEdit* edit)
    : QObject(edit), m_edit(edit), m_model(new QStringListModel(this)), m_completer(new QCompleter(this)) {
  m_completer->setModel(m_model);
  m_completer->setWidget(edit);
  m_completer->setCompletionMode(QCompleter::PopupCompletion);
  m_completer->setCaseSensitivity(Qt::CaseInsensitive);
  m_completer->setFilterMode(Qt::MatchStartsWith);
  // QCompleter lets the editor handle Return/Tab first (a new line). Our filter on the popup is
  // installed after QCompleter's own, so it runs first and completes instead.
  m_completer->popup()->installEventFilter(this);
  connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &VariableCompletion::insertCompletion);
  connect(edit, &QPlainTextEdit::textChanged, this, &VariableCompletion::update);
}

void VariableCompletion::setNames(const QStringList& names) { m_model->setStringList(names); }
QStringList VariableCompletion::names() const { return m_model->stringList(); }

QString VariableCompletion::typedPrefix() const {
  const QTextCursor cursor = m_edit->textCursor();
  const QString before = cursor.block().text().left(cursor.positionInBlock());
  const auto open = before.lastIndexOf(QStringLiteral("{{"));
  if (open < 0 || before.indexOf(QStringLiteral("}}"), open) >= 0) return QString();
  qsizetype start = open + 2;
  while (start < before.size() && QStringLiteral("#^/&>{ ").contains(before.at(start))) ++start;
  const QString prefix = before.mid(start);
  for (QChar c : prefix)
    if (!isNameChar(c)) return QString();
  return prefix.isNull() ? QStringLiteral("") : prefix;
}

void VariableCompletion::update() {
  if (!m_edit->hasFocus() && !m_completer->popup()->isVisible()) return;  // text set by code, not typed
  const QString prefix = typedPrefix();
  if (prefix.isNull() || m_model->rowCount() == 0) {
    m_completer->popup()->hide();
    return;
  }
  m_completer->setCompletionPrefix(prefix);
  if (m_completer->completionCount() == 0 ||
      (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
    m_completer->popup()->hide();
    return;
  }
  m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
  QRect rect = m_edit->cursorRect();
  rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
  m_completer->complete(rect);
}

void VariableCompletion::insertCompletion(const QString& name) {
  const QString prefix = typedPrefix();
  if (prefix.isNull()) return;
  QTextCursor cursor = m_edit->textCursor();
  cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, static_cast<int>(prefix.size()));
  const QString after = cursor.block().text().mid(m_edit->textCursor().positionInBlock(), 2);
  cursor.insertText(name + (after == QLatin1String("}}") ? QString() : QStringLiteral("}}")));
  m_edit->setTextCursor(cursor);
  m_completer->popup()->hide();
}

bool VariableCompletion::eventFilter(QObject* watched, QEvent* event) {
  if (watched != m_completer->popup() || event->type() != QEvent::KeyPress) return false;
  const int key = static_cast<QKeyEvent*>(event)->key();
  if (key != Qt::Key_Return && key != Qt::Key_Enter && key != Qt::Key_Tab) return false;
  const QModelIndex current = m_completer->popup()->currentIndex();
  if (current.isValid()) insertCompletion(current.data().toString());
  m_completer->popup()->hide();
  return true;
}

}  // namespace copydesk::ui
