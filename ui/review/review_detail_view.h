#pragma once

#include <QWidget>

#include "core/review/review_context.h"

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace copydesk::ui {

class DiffView;

// The draft under review: what it is, its text compared with the shop's live copy and with the
// last approved version of the same product and field, the decisions already made about it, and
// (later) the quality checks' findings.
class ReviewDetailView final : public QWidget {
  Q_OBJECT

 public:
  enum Comparison { AgainstLive, AgainstApproved };

  explicit ReviewDetailView(QWidget* parent = nullptr);

  void setContext(const ReviewContext& context);
  void clear(const QString& message);  // nothing chosen, or loading failed

  std::int64_t draftId() const { return m_draftId; }
  QString headline() const;
  DiffView* diffView(Comparison comparison) const;
  QTabWidget* comparisons() const { return m_comparisons; }
  QTreeWidget* history() const { return m_history; }

 private:
  void showHistory(const std::vector<Review>& reviews);

  std::int64_t m_draftId = 0;
  QLabel* m_headline;
  QTabWidget* m_comparisons;
  DiffView* m_againstLive;
  DiffView* m_againstApproved;
  QTreeWidget* m_history;
};

}  // namespace copydesk::ui
