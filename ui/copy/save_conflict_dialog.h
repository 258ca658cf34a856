#pragma once

#include <QDialog>

namespace copydesk::ui {

class DiffView;

// Someone else saved the draft while this writer was editing it (draft.edit-conflict): their text
// and the writer's side by side, word by word, and the writer chooses. Nothing is overwritten
// until they do; closing the dialog keeps their own text in the editor, unsaved.
class SaveConflictDialog final : public QDialog {
  Q_OBJECT

 public:
  enum Choice { KeepMine = 1, TakeTheirs = 2 };  // the dialog's result; 0 (Rejected): decide later

  SaveConflictDialog(const QString& why, const QString& theirs, const QString& mine, const QString& theirAuthor,
                     QWidget* parent = nullptr);

  DiffView* diffView() const { return m_diff; }

 private:
  DiffView* m_diff;
};

}  // namespace copydesk::ui
