#pragma once

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

#include "core/checks/finding.h"
#include "core/checks/rule_book.h"
#include "core/review/review_context.h"
#include "ui/questions/question_label.h"

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace copydesk::ui {

class TranslationSourceView;

class DiffView;
class FindingUnderlines;
class FindingsPane;

// The draft under review: what it is, its text compared with the shop's live copy and with the
// last approved version of the same product and field, its text with the checks' findings
// underlined, the findings listed with their explanations, and the decisions already made about it.
class ReviewDetailView final : public QWidget {
  Q_OBJECT

 public:
  // The tabs, in order; SourceAndTranslation only for a translation (issue 14).
  enum Comparison { AgainstLive, AgainstApproved, DraftText, SourceAndTranslation };

  explicit ReviewDetailView(QWidget* parent = nullptr);

  void setContext(const ReviewContext& context);
  void clear(const QString& message);  // nothing chosen, or loading failed
  void setRuleBook(std::shared_ptr<const RuleBook> book);
  // The findings of the draft's text as shown (after setContext).
  void setFindings(std::vector<Finding> findings);
  void setChecksNotice(const QString& notice);  // "Checking…", or why the checks could not run

  std::int64_t draftId() const { return m_draftId; }
  // The version of the draft as shown: a decision about it is made against that version, so a
  // draft someone else changed meanwhile is not decided unseen (ReviewService::decide).
  std::optional<std::int64_t> shownVersion() const { return m_draftId ? std::optional(m_shownVersion) : std::nullopt; }
  QString headline() const;
  QLabel* question() const { return m_question; }  // an answer's customer question (issue 14); hidden otherwise
  DiffView* diffView(Comparison comparison) const;
  TranslationSourceView* translationView() const { return m_translation; }
  QTabWidget* comparisons() const { return m_comparisons; }
  QTreeWidget* history() const { return m_history; }
  QPlainTextEdit* draftText() const { return m_draftText; }
  FindingsPane* findingsPane() const { return m_findings; }
  FindingUnderlines* findingUnderlines() const { return m_underlines; }

 private:
  void showHistory(const std::vector<Review>& reviews);

  std::int64_t m_draftId = 0;
  std::int64_t m_shownVersion = 0;
  QLabel* m_headline;
  QuestionLabel* m_question;
  QTabWidget* m_comparisons;
  TranslationSourceView* m_translation;
  DiffView* m_againstLive;
  DiffView* m_againstApproved;
  QPlainTextEdit* m_draftText;
  FindingUnderlines* m_underlines;
  FindingsPane* m_findings;
  QTreeWidget* m_history;
};

}  // namespace copydesk::ui
