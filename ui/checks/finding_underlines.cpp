#include "ui/checks/finding_underlines.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolTip>

#include "ui/checks/finding_text.h"

namespace copydesk::ui {

CodePointPositions::CodePointPositions(const QString& text) {
  m_positions.reserve(static_cast<std::size_t>(text.size()) + 1);
  for (int i = 0; i < text.size(); ++i) {
    m_positions.push_back(i);
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) ++i;
  }
  m_positions.push_back(static_cast<int>(text.size()));
}

int CodePointPositions::position(std::size_t codePoint) const {
  return m_positions[std::min(codePoint, m_positions.size() - 1)];
}

FindingSpan CodePointPositions::span(const Finding& finding) const {
  return {position(finding.start), position(finding.start + finding.length)};
}

FindingUnderlines::FindingUnderlines(QPlainTextEdit* edit) : QObject(edit), m_edit(edit) {
  edit->viewport()->installEventFilter(this);
}

QColor FindingUnderlines::colour(Severity severity) {
  // Saturated enough to read on light and dark bases alike.
  switch (severity) {
    case Severity::Error: return QColor(220, 40, 40);
    case Severity::Warning: return QColor(230, 140, 0);
    case Severity::Info: return QColor(70, 130, 220);
  }
  return QColor(128, 128, 128);
}

void FindingUnderlines::setFindings(const std::vector<Finding>& findings, const QString& text) {
  m_selections.clear();
  const CodePointPositions positions(text);
  QTextDocument* document = m_edit->document();
  const int end = document->characterCount() - 1;  // the document's last position is its final separator
  for (const Finding& finding : findings) {
    if (finding.length == 0) continue;  // about the whole text (a missing term): the list says it
    const FindingSpan span = positions.span(finding);
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document);
    selection.cursor.setPosition(std::min(span.start, end));
    selection.cursor.setPosition(std::min(span.end, end), QTextCursor::KeepAnchor);
    selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    selection.format.setUnderlineColor(colour(finding.severity));
    selection.format.setToolTip(FindingText::severityName(finding.severity) + QStringLiteral(": ") +
                                FindingText::message(finding));
    m_selections.append(selection);
  }
  m_edit->setExtraSelections(m_selections);
}

void FindingUnderlines::clear() {
  m_selections.clear();
  m_edit->setExtraSelections(m_selections);
}

QString FindingUnderlines::messageAt(int position) const {
  QStringList messages;
  for (const auto& selection : m_selections) {
    if (position >= selection.cursor.selectionStart() && position < selection.cursor.selectionEnd())
      messages << selection.format.toolTip();
  }
  return messages.join(QLatin1Char('\n'));
}

bool FindingUnderlines::eventFilter(QObject* watched, QEvent* event) {
  if (watched != m_edit->viewport() || event->type() != QEvent::ToolTip) return false;
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
