#include "ui/checks/finding_underlines.h"

#include <QPlainTextEdit>

#include "ui/checks/finding_text.h"

namespace copydesk::ui {

FindingSpan findingSpan(const CodePointPositions& positions, const Finding& finding) {
  return positions.span(finding.start, finding.length);
}

FindingUnderlines::FindingUnderlines(QPlainTextEdit* edit) : QObject(edit), m_marks(new WavyUnderlines(edit)) {}

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
  const CodePointPositions positions(text);
  QList<WavyUnderlines::Mark> marks;
  for (const Finding& finding : findings) {
    if (finding.length == 0) continue;  // about the whole text (a missing term): the list says it
    marks.append({findingSpan(positions, finding), colour(finding.severity),
                  FindingText::severityName(finding.severity) + QStringLiteral(": ") + FindingText::message(finding)});
  }
  m_marks->setMarks(marks);
}

void FindingUnderlines::clear() { m_marks->clear(); }

}  // namespace copydesk::ui
