#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

#include "core/checks/finding.h"
#include "core/common/result.h"
#include "core/review/review_service.h"
#include "core/store/draft.h"

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;

namespace copydesk::ui {

class ReviewDetailView;
class ReviewQueueModel;
class RuleBookHolder;
class StoreThread;

// The "Review" page: the queue (filters above it) and the draft under review beside it. Made to be
// worked from the keyboard: A approves, R rejects with a comment, J/K or Down/Up move, Ctrl+Return
// approves and moves on; a decision moves to the next draft at once while it is recorded. The
// actions are shortcuts of this page only (the main window also lists them in its Review menu).
// Approving goes through the checks (approveChecked): a draft with error findings is approved only
// past an override with a reason, asked for in an OverrideDialog.
class ReviewPane final : public QWidget {
  Q_OBJECT

 public:
  explicit ReviewPane(StoreThread& store, QWidget* parent = nullptr);  // checks with a rule book of its own
  ReviewPane(StoreThread& store, RuleBookHolder& rules, QWidget* parent = nullptr);

  void reload();  // the filter lists and the queue; the current draft stays current if still listed

  ReviewQueueModel* model() const { return m_model; }
  QTableView* view() const { return m_view; }
  ReviewDetailView* detail() const { return m_detail; }
  QComboBox* statusFilter() const { return m_status; }
  QComboBox* templateFilter() const { return m_template; }
  QComboBox* channelFilter() const { return m_channel; }
  QComboBox* writerFilter() const { return m_writer; }
  QComboBox* personaFilter() const { return m_persona; }
  QComboBox* checksFilter() const { return m_checks; }
  QString message() const;       // what the last decision did
  QString errorMessage() const;  // the last refusal or failure ("" once dismissed)
  int pendingDecisions() const { return m_pending; }
  std::int64_t currentDraftId() const;
  std::vector<std::int64_t> selectedDraftIds() const;  // in queue order

  QAction* approveAction() const { return m_approve; }
  QAction* approveNextAction() const { return m_approveNext; }
  QAction* rejectAction() const { return m_reject; }
  QAction* nextAction() const { return m_next; }
  QAction* previousAction() const { return m_previous; }
  QAction* bulkApproveAction() const { return m_bulkApprove; }
  QAction* reloadAction() const { return m_reload; }

  void approveCurrent();
  void rejectCurrent();  // asks for the comment first
  void approveSelected();  // asks for confirmation first
  void moveBy(int rows);
  // The stored check summaries changed (the background refresh): the Checks column and a queue
  // filtered by it are read again.
  void refreshChecks();

 signals:
  void decisionsRecorded();

 protected:
  // The actions work only while the page is shown: nothing is decided about a draft not in view.
  void showEvent(QShowEvent* event) override;
  void hideEvent(QHideEvent* event) override;  // one or more decisions reached the store (the audit trail grew)

 private:
  ReviewPane(StoreThread& store, RuleBookHolder* rules, QWidget* parent);
  void createActions();
  void adoptRuleBook();
  void approve(std::int64_t draftId, const QString& overrideReason);
  void askForOverride(std::int64_t draftId, std::vector<Finding> blocking);
  void applyFilter();
  void loadChoices();
  void takeKeyboardBack();
  void decide(std::int64_t draftId, ReviewAction action, const QString& comment);
  std::optional<std::int64_t> seenVersion(std::int64_t draftId) const;
  void adoptDecision(std::int64_t draftId, ReviewAction action, Result<Draft> outcome);
  void approveMany(const std::vector<std::int64_t>& ids);
  void scheduleDetail();
  void loadDetail();
  void updateActions();
  void updateCount();
  void showMessage(const QString& text);
  void showError(const QString& text);
  QString describe(std::int64_t draftId) const;

  StoreThread& m_store;
  RuleBookHolder* m_rules;
  ReviewQueueModel* m_model;
  QComboBox* m_status;
  QComboBox* m_template;
  QComboBox* m_channel;
  QComboBox* m_writer;
  QComboBox* m_persona;
  QComboBox* m_checks;
  QLabel* m_count;
  QLabel* m_message;
  QLabel* m_error;
  QToolButton* m_dismissError;
  QTableView* m_view;
  ReviewDetailView* m_detail;
  QTimer* m_detailTimer;
  QAction* m_approve = nullptr;
  QAction* m_approveNext = nullptr;
  QAction* m_reject = nullptr;
  QAction* m_next = nullptr;
  QAction* m_previous = nullptr;
  QAction* m_bulkApprove = nullptr;
  QAction* m_reload = nullptr;
  std::int64_t m_keepDraft = 0;  // the draft to make current again after a reload
  int m_detailGeneration = 0;
  int m_pending = 0;
};

}  // namespace copydesk::ui
