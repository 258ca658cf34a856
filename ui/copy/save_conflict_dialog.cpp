#include "ui/copy/save_conflict_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/diff/diff_view.h"

namespace copydesk::ui {

SaveConflictDialog::SaveConflictDialog(const QString& why, const QString& theirs, const QString& mine,
                                       const QString& theirAuthor, QWidget* parent)
    : QDialog(parent), m_diff(new DiffView(this)) {
  setObjectName(QStringLiteral("saveConflictDialog"));
  setWindowTitle(tr("Someone else saved this copy"));
  auto* explanation = new QLabel(why, this);
  explanation->setWordWrap(true);
  m_diff->setSideBySide(true);
  m_diff->setTexts(theirs, mine, tr("Saved by %1").arg(theirAuthor), tr("Your text"));

  auto* buttons = new QDialogButtonBox(this);
  QPushButton* keep = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
  keep->setObjectName(QStringLiteral("keepMine"));
  keep->setToolTip(tr("Save your text as the next version; theirs stays in the draft's history"));
  QPushButton* take = buttons->addButton(tr("Take theirs"), QDialogButtonBox::DestructiveRole);
  take->setObjectName(QStringLiteral("takeTheirs"));
  take->setToolTip(tr("Put their text in the editor (Undo brings yours back)"));
  QPushButton* later = buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
  later->setObjectName(QStringLiteral("decideLater"));
  connect(keep, &QPushButton::clicked, this, [this] { done(KeepMine); });
  connect(take, &QPushButton::clicked, this, [this] { done(TakeTheirs); });
  connect(later, &QPushButton::clicked, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(explanation);
  layout->addWidget(m_diff, 1);
  layout->addWidget(buttons);
  resize(760, 420);
}

}  // namespace copydesk::ui
