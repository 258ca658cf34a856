#pragma once

#include <QDialog>

#include <memory>
#include <vector>

#include "core/checks/finding.h"
#include "core/checks/rule_book.h"

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace copydesk::ui {

// Approving text that has error findings: lists them and asks why it is approved anyway. The
// approve button stays disabled until a reason is typed; the reason and the rules overridden go
// into the audit trail. Cancel (Escape) leaves the draft as it was.
class OverrideDialog final : public QDialog {
  Q_OBJECT

 public:
  // `what` names the draft ("draft 12 (TEA-LJ-001, title)").
  OverrideDialog(const QString& what, const std::vector<Finding>& blocking, std::shared_ptr<const RuleBook> book,
                 QWidget* parent = nullptr);

  QString reason() const;  // trimmed
  QLineEdit* reasonEdit() const { return m_reason; }
  QPushButton* approveButton() const { return m_approve; }
  QTreeWidget* findingsList() const { return m_list; }

 private:
  QLineEdit* m_reason;
  QPushButton* m_approve;
  QTreeWidget* m_list;
};

}  // namespace copydesk::ui
