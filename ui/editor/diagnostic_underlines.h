#pragma once

#include <QObject>
#include <QTextEdit>

#include <vector>

#include "core/templates/template_diagnostic.h"

class QPlainTextEdit;
class QTextDocument;

namespace copydesk::ui {

// The span of a document a diagnostic points at, as QTextDocument positions [start, end): the
// unknown name itself when it is found in the tag, else the tag (or the word) at its place.
struct TextSpan {
  int start = 0;
  int end = 0;
};
TextSpan diagnosticSpan(const QTextDocument& document, const TemplateDiagnostic& diagnostic);

// Wavy underlines in one editor for the diagnostics of its part: red for errors, orange for
// unknown variables and other warnings; hovering one shows its message.
class DiagnosticUnderlines final : public QObject {
  Q_OBJECT

 public:
  explicit DiagnosticUnderlines(QPlainTextEdit* edit);

  void setDiagnostics(std::vector<TemplateDiagnostic> diagnostics);
  const QList<QTextEdit::ExtraSelection>& selections() const { return m_selections; }
  QString messageAt(int position) const;  // "" where nothing is underlined

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QPlainTextEdit* m_edit;
  std::vector<TemplateDiagnostic> m_diagnostics;
  QList<QTextEdit::ExtraSelection> m_selections;
};

}  // namespace copydesk::ui
