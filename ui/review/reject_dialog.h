#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace copydesk::ui {

// Asks why a draft goes back to its writer. The comment is required: the dialog stays open and
// says so until there is one. Ctrl+Return rejects, Escape cancels, so it works from the keyboard.
class RejectDialog final : public QDialog {
  Q_OBJECT

 public:
  // `what` names the draft ("TEA-LJ-001, description").
  RejectDialog(const QString& what, QWidget* parent = nullptr);

  QString comment() const;  // trimmed
  QPlainTextEdit* commentEdit() const { return m_comment; }

  void accept() override;

 private:
  QPlainTextEdit* m_comment;
  QLabel* m_problem;
};

}  // namespace copydesk::ui
