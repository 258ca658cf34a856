#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTextEdit>

#include <vector>

#include "core/checks/finding.h"
#include "ui/editor/wavy_underlines.h"

class QPlainTextEdit;

namespace copydesk::ui {

// A finding's span as QTextDocument positions [start, end).
using FindingSpan = TextSpan;
FindingSpan findingSpan(const CodePointPositions& positions, const Finding& finding);

// Wavy underlines under the findings in one editor: red errors, orange warnings, blue hints;
// hovering one shows its message. The underlines follow edits made after the check (they are
// cursors in the document) until the next check replaces them.
class FindingUnderlines final : public QObject {
  Q_OBJECT

 public:
  explicit FindingUnderlines(QPlainTextEdit* edit);

  // `text` is the text the findings were computed for (their spans count in it).
  void setFindings(const std::vector<Finding>& findings, const QString& text);
  void clear();

  const QList<QTextEdit::ExtraSelection>& selections() const { return m_marks->selections(); }
  QString messageAt(int position) const { return m_marks->messageAt(position); }

  static QColor colour(Severity severity);

 private:
  WavyUnderlines* m_marks;
};

}  // namespace copydesk::ui
