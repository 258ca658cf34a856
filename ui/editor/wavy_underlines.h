#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>
#include <QTextEdit>

#include "ui/editor/code_point_positions.h"

class QPlainTextEdit;

namespace copydesk::ui {

// Wavy underlines in one editor, each with the message its tooltip shows on hover. The template
// diagnostics and the checks' findings both draw through this. The underlines are cursors in the
// document, so they follow later edits until the next set replaces them.
class WavyUnderlines final : public QObject {
  Q_OBJECT

 public:
  struct Mark {
    TextSpan span;
    QColor colour;
    QString message;
  };

  explicit WavyUnderlines(QPlainTextEdit* edit);

  void setMarks(const QList<Mark>& marks);
  void clear() { setMarks({}); }
  const QList<QTextEdit::ExtraSelection>& selections() const { return m_selections; }
  QString messageAt(int position) const;  // "" where nothing is underlined

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  QPlainTextEdit* m_edit;
  QList<QTextEdit::ExtraSelection> m_selections;
};

}  // namespace copydesk::ui
