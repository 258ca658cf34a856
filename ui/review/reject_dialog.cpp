#include "ui/review/reject_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace copydesk::ui {

RejectDialog::RejectDialog(const QString& what, QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("rejectDialog"));
  setWindowTitle(tr("Reject %1").arg(what));
  auto* prompt = new QLabel(tr("What should the writer change? The comment goes back with the draft."), this);
  prompt->setWordWrap(true);
  m_comment = new QPlainTextEdit(this);
  m_comment->setObjectName(QStringLiteral("rejectComment"));
  m_comment->setTabChangesFocus(true);
  m_comment->setPlaceholderText(tr("e.g. invented a certification; keep the title under 60 characters"));
  m_problem = new QLabel(this);
  m_problem->setObjectName(QStringLiteral("rejectProblem"));
  m_problem->setWordWrap(true);
  m_problem->hide();

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  QPushButton* reject = buttons->addButton(tr("Reject"), QDialogButtonBox::AcceptRole);
  reject->setToolTip(tr("Ctrl+Return"));
  connect(buttons, &QDialogButtonBox::accepted, this, &RejectDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  // Return types a new line in the comment; Ctrl+Return sends it.
  for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
    connect(new QShortcut(keys, this), &QShortcut::activated, this, &RejectDialog::accept);
  }

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(prompt);
  layout->addWidget(m_comment, 1);
  layout->addWidget(m_problem);
  layout->addWidget(buttons);
  resize(440, 220);
  m_comment->setFocus();
}

QString RejectDialog::comment() const { return m_comment->toPlainText().trimmed(); }

void RejectDialog::accept() {
  if (comment().isEmpty()) {
    m_problem->setText(tr("A rejection needs a comment telling the writer what to change."));
    m_problem->show();
    m_comment->setFocus();
    return;
  }
  QDialog::accept();
}

}  // namespace copydesk::ui
