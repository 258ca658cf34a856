#include "ui/checks/override_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/checks/finding_text.h"

namespace copydesk::ui {

OverrideDialog::OverrideDialog(const QString& what, const std::vector<Finding>& blocking,
                               std::shared_ptr<const RuleBook> book, QWidget* parent)
    : QDialog(parent) {
  setObjectName(QStringLiteral("overrideDialog"));
  setWindowTitle(tr("Approve %1 past its checks").arg(what));
  const int count = static_cast<int>(blocking.size());
  auto* intro = new QLabel(
      count == 1 ? tr("The checks found an error in %1:").arg(what) : tr("The checks found %2 errors in %1:").arg(what).arg(count),
      this);
  intro->setWordWrap(true);

  m_list = new QTreeWidget(this);
  m_list->setObjectName(QStringLiteral("overrideFindings"));
  m_list->setHeaderLabels({tr("Finding"), tr("Rule set")});
  m_list->setRootIsDecorated(false);
  m_list->setSelectionMode(QAbstractItemView::NoSelection);
  m_list->setFocusPolicy(Qt::NoFocus);
  m_list->header()->setStretchLastSection(false);
  m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  for (const Finding& f : blocking) {
    auto* item = new QTreeWidgetItem(m_list);
    item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
    item->setText(0, FindingText::message(f));
    item->setToolTip(0, FindingText::explanation(f));
    item->setText(1, FindingText::ruleSetName(book.get(), f.ruleSet));
    item->setToolTip(1, QString::fromStdString(f.rule));
  }

  auto* ask = new QLabel(tr("Approving it anyway needs a reason. The reason and the rules overridden are recorded "
                            "in the audit trail under your reviewer name."),
                         this);
  ask->setWordWrap(true);
  m_reason = new QLineEdit(this);
  m_reason->setObjectName(QStringLiteral("overrideReason"));
  m_reason->setPlaceholderText(tr("e.g. registered trademark, cleared by legal"));
  m_reason->setClearButtonEnabled(true);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
  m_approve = buttons->addButton(tr("Approve anyway"), QDialogButtonBox::AcceptRole);
  m_approve->setObjectName(QStringLiteral("overrideApprove"));
  m_approve->setEnabled(false);
  m_approve->setDefault(true);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    if (!reason().isEmpty()) accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_reason, &QLineEdit::textChanged, this, [this] { m_approve->setEnabled(!reason().isEmpty()); });

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(m_list, 1);
  layout->addSpacing(4);
  layout->addWidget(ask);
  layout->addWidget(m_reason);
  layout->addWidget(buttons);
  resize(560, 340);
  m_reason->setFocus();
}

QString OverrideDialog::reason() const { return m_reason->text().trimmed(); }

}  // namespace copydesk::ui
