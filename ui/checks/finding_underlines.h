#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTextEdit>

#include <vector>

#include "core/checks/finding.h"

class QPlainTextEdit;

namespace copydesk::ui {

// A finding's span as QTextDocument positions [start, end).
struct FindingSpan {
  int start = 0;
  int end = 0;
};

// Core counts in Unicode code points; QString and QTextDocument count UTF-16 units, where a
// character outside the BMP (an emoji, a rare CJK ideograph) takes two. Converts every code-point
// offset of a text to its UTF-16 position once, for all the findings of that text.
class CodePointPositions final {
 public:
  explicit CodePointPositions(const QString& text);
  int position(std::size_t codePoint) const;  // clamped to the end of the text
  FindingSpan span(const Finding& finding) const;

 private:
  std::vector<int> m_positions;  // UTF-16 position of each code point, then the text's length
};

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

  const QList<QTextEdit::ExtraSelection>& selections() const { return m_selections; }
  QString messageAt(int position) const;  // "" where nothing is underlined

  static QColor colour(Severity severity);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QPlainTextEdit* m_edit;
  QList<QTextEdit::ExtraSelection> m_selections;
};

}  // namespace copydesk::ui
