#pragma once

#include <QWidget>

#include <vector>

#include "core/diff/text_diff.h"

class QHBoxLayout;
class QLabel;
class QTextDocument;
class QTextEdit;
class QToolButton;

namespace copydesk::ui {

// Two texts compared word by word (core/diff), read-only: inline, deleted text struck through on
// red and inserted text on green, or side by side, the old text on the left and the new on the
// right. The colours follow the palette, so dark mode stays readable.
class DiffView final : public QWidget {
  Q_OBJECT

 public:
  explicit DiffView(QWidget* parent = nullptr);

  void setTexts(const QString& before, const QString& after, const QString& beforeLabel = {},
                const QString& afterLabel = {});
  void setSideBySide(bool sideBySide);
  bool isSideBySide() const;
  // Puts a widget (e.g. a choice of what to compare) at the start of the header row.
  void addHeaderWidget(QWidget* widget);

  const std::vector<DiffSegment>& segments() const { return m_segments; }
  QString summaryText() const;
  // What each view shows (tests read the formats of their fragments).
  QTextDocument* inlineDocument() const;
  QTextDocument* beforeDocument() const;
  QTextDocument* afterDocument() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void render();

  std::vector<DiffSegment> m_segments;
  QString m_beforeLabel;
  QString m_afterLabel;
  QHBoxLayout* m_header;
  QLabel* m_summary;
  QToolButton* m_sideBySide;
  QTextEdit* m_inline;
  QWidget* m_columns;
  QLabel* m_beforeHeading;
  QLabel* m_afterHeading;
  QTextEdit* m_before;
  QTextEdit* m_after;
};

}  // namespace copydesk::ui
