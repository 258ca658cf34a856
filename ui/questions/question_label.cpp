#include "ui/questions/question_label.h"

namespace copydesk::ui {

QuestionLabel::QuestionLabel(QWidget* parent) : QLabel(parent) {
  setWordWrap(true);
  setTextFormat(Qt::RichText);
  setTextInteractionFlags(Qt::TextSelectableByMouse);
  setVisible(false);
}

void QuestionLabel::showFor(const Draft* draft) {
  const bool answer = draft && draft->questionId.has_value();
  setText(answer ? tr("<b>Customer question:</b> %1").arg(QString::fromStdString(draft->question).toHtmlEscaped())
                 : QString());
  setVisible(answer);
}

}  // namespace copydesk::ui
