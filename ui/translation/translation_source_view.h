#pragma once

#include <QWidget>

#include "core/review/review_context.h"

class QLabel;
class QPlainTextEdit;

namespace copydesk::ui {

// A translation beside its source on the Review page (issue 14), with a warning when the source has
// changed since the translation was made (it is then outdated: translate it again, or edit it).
class TranslationSourceView final : public QWidget {
  Q_OBJECT

 public:
  explicit TranslationSourceView(QWidget* parent = nullptr);

  void setContext(const ReviewContext& context);  // a translation's; others clear the view
  QString sourceText() const;
  QString translationText() const;
  bool showsOutdated() const;
  QString outdatedText() const;

 private:
  QLabel* m_outdated;
  QLabel* m_sourceTitle;
  QLabel* m_translationTitle;
  QPlainTextEdit* m_source;
  QPlainTextEdit* m_translation;
};

}  // namespace copydesk::ui
