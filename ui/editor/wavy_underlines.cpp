#include "ui/editor/wavy_underlines.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

namespace copydesk::ui {

WavyUnderlines::WavyUnderlines(QPlainTextEdit* edit) : QObject(edit), m_edit(edit) {
  edit->viewport()->installEventFilter(this);
}

void WavyUnderlines::setMarks(const QList<Mark>& marks) {
  m_selections.clear();
  QTextDocument* document = m_edit->document();
  const int end = document->characterCount() - 1;  // the document's last position is its final separator
  for (const Mark& mark : marks) {
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document);
    selection.cursor.setPosition(std::clamp(mark.span.start, 0, end));
    selection.cursor.setPosition(std::clamp(mark.span.end, 0, end), QTextCursor::KeepAnchor);
    selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    selection.format.setUnderlineColor(mark.colour);
    selection.format.setToolTip(mark.message);
    m_selections.append(selection);
  }
  m_edit->setExtraSelections(m_selections);
}

QString WavyUnderlines::messageAt(int position) const {
  QStringList messages;
  for (const auto& selection : m_selections) {
    if (position >= selection.cursor.selectionStart() && position < selection.cursor.selectionEnd())
      messages << selection.format.toolTip();
  }
  return messages.join(QLatin1Char('\n'));
}

bool WavyUnderlines::eventFilter(QObject* watched, QEvent* event) {
  // The event type first: the viewport is destroyed after the editor's own destructor has run, and
  // sends its last events here; m_edit->viewport() then called a member of a QPlainTextEdit that
  // was no longer one (undefined behaviour, reported by UBSan's vptr check).
  if (event->type() != QEvent::ToolTip || watched != m_edit->viewport()) return false;
  auto* help = static_cast<QHelpEvent*>(event);
  const QString message = messageAt(m_edit->cursorForPosition(help->pos()).position());
  if (message.isEmpty()) {
    QToolTip::hideText();
    event->ignore();
  } else {
    QToolTip::showText(help->globalPos(), message, m_edit->viewport());
  }
  return true;
}

}  // namespace copydesk::ui
