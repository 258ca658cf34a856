#include "ui/editor/diagnostic_underlines.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

namespace copydesk::ui {
namespace {

// Core counts columns in code points; QString indexes UTF-16 units (a character outside the BMP
// takes two).
int utf16Offset(const QString& text, int codePointColumn) {
  int offset = 0;
  for (int column = 1; column < codePointColumn && offset < text.size(); ++column)
    offset += (text.at(offset).isHighSurrogate() && offset + 1 < text.size()) ? 2 : 1;
  return offset;
}

QColor colourOf(const TemplateDiagnostic& diagnostic) {
  return diagnostic.severity == TemplateDiagnostic::Severity::Error ? QColor(220, 40, 40) : QColor(230, 140, 0);
}

QString messageOf(const TemplateDiagnostic& diagnostic) {
  const QString prefix = diagnostic.severity == TemplateDiagnostic::Severity::Error
                             ? DiagnosticUnderlines::tr("Error: ")
                             : DiagnosticUnderlines::tr("Warning: ");
  return prefix + QString::fromStdString(diagnostic.message);
}

}  // namespace

TextSpan diagnosticSpan(const QTextDocument& document, const TemplateDiagnostic& diagnostic) {
  QTextBlock block = document.findBlockByNumber(std::max(0, diagnostic.position.line - 1));
  if (!block.isValid()) block = document.lastBlock();
  const QString text = block.text();
  const int at = utf16Offset(text, diagnostic.position.column);
  const int base = block.position();
  if (text.isEmpty()) return {base, base};
  const auto tagEnd = text.indexOf(QStringLiteral("}}"), at);
  if (!diagnostic.name.empty()) {
    const auto name = text.indexOf(QString::fromStdString(diagnostic.name), at);
    if (name >= 0 && (tagEnd < 0 || name < tagEnd))
      return {base + static_cast<int>(name), base + static_cast<int>(name + QString::fromStdString(diagnostic.name).size())};
  }
  if (at >= text.size()) return {base + static_cast<int>(text.size()) - 1, base + static_cast<int>(text.size())};
  if (text.mid(at, 2) == QLatin1String("{{") && tagEnd >= 0) return {base + at, base + static_cast<int>(tagEnd) + 2};
  int end = at + 1;
  while (end < text.size() && !text.at(end).isSpace()) ++end;
  return {base + at, base + end};
}

DiagnosticUnderlines::DiagnosticUnderlines(QPlainTextEdit* edit) : QObject(edit), m_edit(edit) {
  edit->viewport()->installEventFilter(this);
}

void DiagnosticUnderlines::setDiagnostics(std::vector<TemplateDiagnostic> diagnostics) {
  m_diagnostics = std::move(diagnostics);
  m_selections.clear();
  for (const TemplateDiagnostic& diagnostic : m_diagnostics) {
    const TextSpan span = diagnosticSpan(*m_edit->document(), diagnostic);
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(m_edit->document());
    selection.cursor.setPosition(span.start);
    selection.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
    selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    selection.format.setUnderlineColor(colourOf(diagnostic));
    selection.format.setToolTip(messageOf(diagnostic));
    m_selections.append(selection);
  }
  m_edit->setExtraSelections(m_selections);
}

QString DiagnosticUnderlines::messageAt(int position) const {
  QStringList messages;
  for (const auto& selection : m_selections) {
    if (position >= selection.cursor.selectionStart() && position < selection.cursor.selectionEnd())
      messages << selection.format.toolTip();
  }
  return messages.join(QLatin1Char('\n'));
}

bool DiagnosticUnderlines::eventFilter(QObject* watched, QEvent* event) {
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
