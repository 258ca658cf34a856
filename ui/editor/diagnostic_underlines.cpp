#include "ui/editor/diagnostic_underlines.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QColor colourOf(const TemplateDiagnostic& diagnostic) {
  return diagnostic.severity == TemplateDiagnostic::Severity::Error ? QColor(220, 40, 40) : QColor(230, 140, 0);
}

QString messageOf(const TemplateDiagnostic& diagnostic) {
  const QString prefix = diagnostic.severity == TemplateDiagnostic::Severity::Error
                             ? DiagnosticUnderlines::tr("Error: ")
                             : DiagnosticUnderlines::tr("Warning: ");
  return prefix + ErrorText::message(diagnostic);
}

}  // namespace

TextSpan diagnosticSpan(const QTextDocument& document, const TemplateDiagnostic& diagnostic) {
  QTextBlock block = document.findBlockByNumber(std::max(0, diagnostic.position.line - 1));
  if (!block.isValid()) block = document.lastBlock();
  const QString text = block.text();
  // Core counts columns from 1 in code points.
  const int at = CodePointPositions(text).position(static_cast<std::size_t>(std::max(1, diagnostic.position.column) - 1));
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

DiagnosticUnderlines::DiagnosticUnderlines(QPlainTextEdit* edit)
    : QObject(edit), m_edit(edit), m_marks(new WavyUnderlines(edit)) {}

void DiagnosticUnderlines::setDiagnostics(std::vector<TemplateDiagnostic> diagnostics) {
  m_diagnostics = std::move(diagnostics);
  QList<WavyUnderlines::Mark> marks;
  for (const TemplateDiagnostic& diagnostic : m_diagnostics)
    marks.append({diagnosticSpan(*m_edit->document(), diagnostic), colourOf(diagnostic), messageOf(diagnostic)});
  m_marks->setMarks(marks);
}

}  // namespace copydesk::ui
