#pragma once

#include <QLabel>

#include "core/store/draft.h"

namespace copydesk::ui {

// The customer question an answer draft answers (issue 14), shown above the answer wherever it is
// read or edited (the Review page, the copy editor): an answer is judged against what was asked.
class QuestionLabel final : public QLabel {
  Q_OBJECT

 public:
  explicit QuestionLabel(QWidget* parent = nullptr);  // hidden until it shows an answer's question

  // The draft's question; hidden when there is no draft or it answers no question.
  void showFor(const Draft* draft);
};

}  // namespace copydesk::ui
