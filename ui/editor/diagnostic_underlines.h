#pragma once

#include <QObject>
#include <QTextEdit>

#include <vector>

#include "core/templates/template_diagnostic.h"
#include "ui/editor/wavy_underlines.h"

class QPlainTextEdit;
class QTextDocument;

namespace copydesk::ui {

// The span of a document a diagnostic points at, as QTextDocument positions [start, end): the
// unknown name itself when it is found in the tag, else the tag (or the word) at its place.
TextSpan diagnosticSpan(const QTextDocument& document, const TemplateDiagnostic& diagnostic);

// Wavy underlines in one editor for the diagnostics of its part: red for errors, orange for
// unknown variables and other warnings; hovering one shows its message.
class DiagnosticUnderlines final : public QObject {
  Q_OBJECT

 public:
  explicit DiagnosticUnderlines(QPlainTextEdit* edit);

  void setDiagnostics(std::vector<TemplateDiagnostic> diagnostics);
  const QList<QTextEdit::ExtraSelection>& selections() const { return m_marks->selections(); }
  QString messageAt(int position) const { return m_marks->messageAt(position); }

 private:
  QPlainTextEdit* m_edit;
  WavyUnderlines* m_marks;
  std::vector<TemplateDiagnostic> m_diagnostics;
};

}  // namespace copydesk::ui
