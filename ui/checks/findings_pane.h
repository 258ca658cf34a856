#pragma once

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

#include "core/checks/finding.h"
#include "core/checks/rule_book.h"

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace copydesk::ui {

// What the checks found in one text: a count line ("2 errors, 1 warning"), the findings in text
// order (severity icon, message, rule set), and below them the chosen finding's explanation and
// source. Clicking a finding selects its span in the linked editor; activating it (double-click,
// Return) also moves the keyboard there.
class FindingsPane final : public QWidget {
  Q_OBJECT

 public:
  explicit FindingsPane(QWidget* parent = nullptr);

  void setEditor(QPlainTextEdit* editor);  // where spans are selected
  void setRuleBook(std::shared_ptr<const RuleBook> book);  // names the rule sets
  // The findings of `text` (the text their spans count in).
  void setFindings(std::vector<Finding> findings, const QString& text);
  // Nothing to list and why: "Checking…", "Choose a draft to see its checks".
  void setNotice(const QString& notice);
  // Put before the counts in the header line ("Checks: 2 errors, 1 warning"); "" for the counts alone.
  void setTitle(const QString& title);

  const std::vector<Finding>& findings() const { return m_findings; }
  QTreeWidget* list() const { return m_list; }
  QString headerText() const;
  QString detailText() const;  // the chosen finding's explanation and source, as plain text

  // Selects finding `index`'s span in the editor; `focus` also gives the editor the keyboard.
  void showInEditor(int index, bool focus);

 signals:
  void findingActivated(int index);  // after its span was selected and the editor focused

 protected:
  void changeEvent(QEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  void fill();
  void showDetail(int index);
  void fitRuleSetColumn();

  std::vector<Finding> m_findings;
  QString m_text;
  QString m_notice;
  QString m_title;
  std::shared_ptr<const RuleBook> m_book;
  QPlainTextEdit* m_editor = nullptr;
  QLabel* m_header = nullptr;
  QTreeWidget* m_list = nullptr;
  QLabel* m_detail = nullptr;
};

}  // namespace copydesk::ui
