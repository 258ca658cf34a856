#include "ui/review/review_pane.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

#include "core/checks/check_summary_store.h"
#include "core/checks/draft_check.h"
#include "core/review/bulk_approval.h"
#include "core/review/checked_approval.h"
#include "core/review/review_context.h"
#include "core/store/review_filter_choices.h"
#include "core/store/draft_store.h"
#include "ui/checks/override_dialog.h"
#include "ui/checks/rule_book_holder.h"
#include "ui/review/reject_dialog.h"
#include "ui/review/review_detail_view.h"
#include "ui/review/review_queue_model.h"
#include "ui/row_table.h"
#include "ui/store_thread.h"
#include "ui/common/error_text.h"

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

// The draft as the review page shows it, with the findings of exactly that text.
struct CheckedContext {
  ReviewContext context;
  Result<std::vector<Finding>> findings = std::vector<Finding>{};
};

Result<CheckedContext> loadCheckedContext(Database& db, const RuleBook& book, std::int64_t id) {
  auto context = loadReviewContext(db, id);
  if (!context) return context.error();
  // One job on the store thread: the text checked is the text shown (a few milliseconds).
  CheckedContext checked{std::move(*context), checkDraft(db, book, id)};
  return checked;
}

// An approval through the checks, and the draft as stored after it (the decision's copy has the
// old update time).
Result<CheckedApproval> approveAndReread(Database& db, const RuleBook& book, std::int64_t id, const std::string& reason,
                                         std::optional<std::int64_t> seen) {
  ApprovalRequest request;
  request.draftId = id;
  request.overrideReason = reason;
  request.seenVersion = seen;
  auto outcome = approveChecked(db, book, request);
  if (!outcome || !outcome->approved) return outcome;
  auto fresh = DraftStore(db).get(id);
  if (!fresh) return fresh.error();
  if (*fresh) outcome->approved = std::move(**fresh);
  return outcome;
}

// The decision, then the draft as stored now (the decision's copy has the old update time).
Result<Draft> decideAndReread(Database& db, std::int64_t id, ReviewAction action, const std::string& comment,
                              std::optional<std::int64_t> seen) {
  auto decided = ReviewService(db).decide(id, action, comment, {}, {}, seen);
  if (!decided) return decided.error();
  auto fresh = DraftStore(db).get(id);
  if (!fresh) return fresh.error();
  return fresh->value_or(*decided);
}

// Refills a filter list, keeping what was chosen when it is still offered.
void refill(QComboBox* combo, const QString& anyLabel, const std::vector<std::string>& values) {
  const QString chosen = combo->currentData().toString();
  const QSignalBlocker block(combo);
  combo->clear();
  combo->addItem(anyLabel, QString());
  for (const auto& value : values) combo->addItem(qs(value), qs(value));
  combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

QComboBox* makeFilter(const QString& objectName, const QString& anyLabel, QWidget* parent) {
  auto* combo = new QComboBox(parent);
  combo->setObjectName(objectName);
  combo->addItem(anyLabel, QString());
  combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  combo->setMinimumContentsLength(10);
  return combo;
}

// The persona filter (issue 13): any persona, the copy written for no persona, or one persona.
// kForEveryone is no name a persona can have (names are one trimmed line).
const QString kForEveryone = QStringLiteral("\n");

void refillPersonas(QComboBox* combo, const std::vector<std::string>& names) {
  const QVariant chosen = combo->currentData();
  const QSignalBlocker block(combo);
  combo->clear();
  combo->addItem(ReviewPane::tr("All personas"), QVariant());
  combo->addItem(ReviewPane::tr("For everyone (no persona)"), kForEveryone);
  for (const auto& name : names) combo->addItem(qs(name), qs(name));
  combo->setCurrentIndex(chosen.isValid() ? std::max(0, combo->findData(chosen)) : 0);
}

std::optional<std::string> personaChoice(const QComboBox* combo) {
  const QVariant data = combo->currentData();
  if (!data.isValid()) return std::nullopt;
  if (data.toString() == kForEveryone) return std::string();
  return data.toString().toStdString();
}

QColor errorColour(const QPalette& palette) {
  return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

}  // namespace

ReviewPane::ReviewPane(StoreThread& store, QWidget* parent) : ReviewPane(store, nullptr, parent) {}

ReviewPane::ReviewPane(StoreThread& store, RuleBookHolder& rules, QWidget* parent) : ReviewPane(store, &rules, parent) {}

ReviewPane::ReviewPane(StoreThread& store, RuleBookHolder* rules, QWidget* parent)
    : QWidget(parent), m_store(store), m_rules(rules ? rules : new RuleBookHolder(this)) {
  setObjectName(QStringLiteral("reviewPage"));
  m_model = new ReviewQueueModel(store, this);
  m_model->setChecksFingerprint(m_rules->fingerprint().toStdString());

  m_status = new QComboBox(this);
  m_status->setObjectName(QStringLiteral("reviewStatusFilter"));
  m_status->addItem(tr("Submitted"), static_cast<int>(DraftStatus::Submitted));
  m_status->addItem(tr("Draft"), static_cast<int>(DraftStatus::Draft));
  m_status->addItem(tr("Rejected"), static_cast<int>(DraftStatus::Rejected));
  m_status->addItem(tr("Approved"), static_cast<int>(DraftStatus::Approved));
  m_status->addItem(tr("Exported"), static_cast<int>(DraftStatus::Exported));
  m_status->addItem(tr("Any status"), -1);
  m_template = makeFilter(QStringLiteral("reviewTemplateFilter"), tr("All templates"), this);
  m_channel = makeFilter(QStringLiteral("reviewChannelFilter"), tr("All channels"), this);
  m_writer = makeFilter(QStringLiteral("reviewWriterFilter"), tr("All writers"), this);
  m_persona = new QComboBox(this);
  m_persona->setObjectName(QStringLiteral("reviewPersonaFilter"));
  m_persona->setToolTip(tr("Drafts written for one audience persona"));
  m_persona->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_persona->setMinimumContentsLength(10);
  refillPersonas(m_persona, {});
  m_checks = new QComboBox(this);
  m_checks->setObjectName(QStringLiteral("reviewChecksFilter"));
  m_checks->setToolTip(tr("Drafts by the worst finding of their checks"));
  m_checks->addItem(tr("Any checks"), static_cast<int>(WorstFinding::Any));
  m_checks->addItem(tr("Errors"), static_cast<int>(WorstFinding::Error));
  m_checks->addItem(tr("Warnings"), static_cast<int>(WorstFinding::Warning));
  m_checks->addItem(tr("Info only"), static_cast<int>(WorstFinding::Info));
  m_checks->addItem(tr("No findings"), static_cast<int>(WorstFinding::Clean));
  m_checks->addItem(tr("Not checked yet"), static_cast<int>(WorstFinding::Unchecked));
  m_checks->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_count = new QLabel(this);
  m_count->setObjectName(QStringLiteral("reviewCount"));
  auto* filters = new QHBoxLayout;
  filters->addWidget(new QLabel(tr("Status:"), this));
  filters->addWidget(m_status);
  filters->addWidget(m_template);
  filters->addWidget(m_channel);
  filters->addWidget(m_writer);
  filters->addWidget(m_persona);
  filters->addWidget(m_checks);
  filters->addStretch(1);
  filters->addWidget(m_count);

  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("reviewMessage"));
  m_message->setText(tr("A approve · R reject · J/K next/previous · Ctrl+Return approve and next"));
  m_message->setForegroundRole(QPalette::PlaceholderText);
  m_error = new QLabel(this);
  m_error->setObjectName(QStringLiteral("reviewError"));
  m_error->setWordWrap(true);
  m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QPalette errorPalette = m_error->palette();
  errorPalette.setColor(QPalette::WindowText, errorColour(palette()));
  m_error->setPalette(errorPalette);
  m_dismissError = new QToolButton(this);
  m_dismissError->setText(QStringLiteral("×"));
  m_dismissError->setAutoRaise(true);
  m_dismissError->setToolTip(tr("Dismiss"));
  auto* errorRow = new QHBoxLayout;
  errorRow->addWidget(m_error, 1);
  errorRow->addWidget(m_dismissError, 0, Qt::AlignTop);
  m_error->hide();
  m_dismissError->hide();

  m_view = new QTableView(this);
  m_view->setObjectName(QStringLiteral("reviewQueue"));
  m_view->setModel(m_model);
  setUpRowTable(m_view, ReviewQueueModel::ProductColumn);
  // The product (SKU and title) stretches; the rest stay narrow enough to leave it room.
  m_view->setColumnWidth(ReviewQueueModel::FieldColumn, 80);
  m_view->setColumnWidth(ReviewQueueModel::TemplateColumn, 100);
  m_view->setColumnWidth(ReviewQueueModel::ChannelColumn, 70);
  m_view->setColumnWidth(ReviewQueueModel::WriterColumn, 70);
  m_view->setColumnWidth(ReviewQueueModel::StatusColumn, 85);
  m_view->setColumnWidth(ReviewQueueModel::ChecksColumn, 100);
  m_view->setColumnWidth(ReviewQueueModel::UpdatedColumn, 120);
  m_detail = new ReviewDetailView(this);
  m_detail->setRuleBook(m_rules->book());

  auto* queue = new QWidget(this);
  auto* queueLayout = new QVBoxLayout(queue);
  queueLayout->setContentsMargins(0, 0, 0, 0);
  queueLayout->addLayout(filters);
  queueLayout->addWidget(m_view, 1);
  // The queue above the draft: both get the page's full width, which the docks beside it narrow.
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->setObjectName(QStringLiteral("reviewSplitter"));
  splitter->addWidget(queue);
  splitter->addWidget(m_detail);
  splitter->setStretchFactor(0, 2);
  splitter->setStretchFactor(1, 3);
  splitter->setSizes({400, 500});  // the detail's size hint alone would leave the queue three rows
  splitter->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(splitter, 1);
  layout->addLayout(errorRow);
  layout->addWidget(m_message);
  setFocusProxy(m_view);

  m_detailTimer = new QTimer(this);
  m_detailTimer->setSingleShot(true);
  m_detailTimer->setInterval(0);  // J held down: only the draft it stops on is loaded
  connect(m_detailTimer, &QTimer::timeout, this, &ReviewPane::loadDetail);

  createActions();
  for (QComboBox* combo : {m_status, m_template, m_channel, m_writer, m_persona, m_checks}) {
    connect(combo, &QComboBox::currentIndexChanged, this, &ReviewPane::applyFilter);
  }
  connect(m_rules, &RuleBookHolder::changed, this, &ReviewPane::adoptRuleBook);
  connect(m_dismissError, &QToolButton::clicked, this, [this] { showError(QString()); });
  connect(m_model, &ReviewQueueModel::loaded, this, [this] {
    const int keep = std::max(m_model->rowOfDraft(m_keepDraft), 0);
    // The same queue reloaded keeps its current row and selection; the view pages that row in.
    if (m_model->rowCount() > 0 && m_view->currentIndex().row() != keep) {
      m_view->setCurrentIndex(m_model->index(keep, 0));
      m_view->scrollTo(m_view->currentIndex());
    }
    updateCount();
    scheduleDetail();
    updateActions();
  });
  connect(m_model, &ReviewQueueModel::loadFailed, this,
          [this](const QString& why) { showError(tr("Could not load the review queue: %1").arg(why)); });
  connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPane::scheduleDetail);
  connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    updateCount();
    updateActions();
  });
  updateActions();
}

void ReviewPane::createActions() {
  auto make = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    // Single letters must not fire while someone types elsewhere: only when this page has focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
  };
  m_approve = make(tr("&Approve"), {QKeySequence(Qt::Key_A)}, [this] { approveCurrent(); });
  m_approve->setObjectName(QStringLiteral("reviewApprove"));
  m_reject = make(tr("&Reject…"), {QKeySequence(Qt::Key_R)}, [this] { rejectCurrent(); });
  m_reject->setObjectName(QStringLiteral("reviewReject"));
  m_approveNext = make(tr("Approve and &next"),
                       {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                       [this] { approveCurrent(); });
  m_approveNext->setObjectName(QStringLiteral("reviewApproveNext"));
  m_next = make(tr("N&ext draft"), {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_Down)}, [this] { moveBy(1); });
  m_next->setObjectName(QStringLiteral("reviewNext"));
  m_previous = make(tr("&Previous draft"), {QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_Up)},
                    [this] { moveBy(-1); });
  m_previous->setObjectName(QStringLiteral("reviewPrevious"));
  m_bulkApprove = make(tr("Approve &selected…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
                       [this] { approveSelected(); });
  m_bulkApprove->setObjectName(QStringLiteral("reviewBulkApprove"));
  m_reload = make(tr("Re&load queue"), {QKeySequence(Qt::Key_F5)}, [this] { reload(); });
  m_reload->setObjectName(QStringLiteral("reviewReload"));
}

void ReviewPane::reload() {
  loadChoices();
  applyFilter();
}

void ReviewPane::applyFilter() {
  ReviewQueueFilter filter;
  const int status = m_status->currentData().toInt();
  filter.status = status < 0 ? std::nullopt : std::optional(static_cast<DraftStatus>(status));
  filter.templateName = m_template->currentData().toString().toStdString();
  filter.channel = m_channel->currentData().toString().toStdString();
  filter.writer = m_writer->currentData().toString().toStdString();
  filter.persona = personaChoice(m_persona);
  filter.worst = static_cast<WorstFinding>(m_checks->currentData().toInt());
  m_keepDraft = currentDraftId();
  m_count->setText(tr("Loading…"));
  m_model->setFilter(filter);
}

void ReviewPane::loadChoices() {
  m_store.run(this, [](Database& db) { return loadReviewFilterChoices(db); },
              [this](Result<ReviewFilterChoices> choices) {
                if (!choices) {
                  showError(tr("Could not load the filter lists: %1").arg(ErrorText::describe(choices.error())));
                  return;
                }
                refill(m_template, tr("All templates"), choices->templates);
                refill(m_channel, tr("All channels"), choices->channels);
                refill(m_writer, tr("All writers"), choices->writers);
                refillPersonas(m_persona, choices->personas);
              });
}

std::int64_t ReviewPane::currentDraftId() const { return m_model->draftId(m_view->currentIndex().row()); }

std::vector<std::int64_t> ReviewPane::selectedDraftIds() const {
  std::set<int> rows;
  for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) rows.insert(index.row());
  std::vector<std::int64_t> ids;
  for (int row : rows) ids.push_back(m_model->draftId(row));
  return ids;
}

void ReviewPane::moveBy(int rows) {
  if (m_model->rowCount() == 0) return;
  const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -rows;
  const int to = std::clamp(from + rows, 0, m_model->rowCount() - 1);
  const QModelIndex target = m_model->index(to, m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0);
  m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
  m_view->scrollTo(target);
}

void ReviewPane::approveCurrent() {
  const std::int64_t id = currentDraftId();
  if (id == 0) {
    showError(tr("Choose a draft in the queue first."));
    return;
  }
  decide(id, ReviewAction::Approve, QString());
  moveBy(1);
}

void ReviewPane::rejectCurrent() {
  const std::int64_t id = currentDraftId();
  if (id == 0) {
    showError(tr("Choose a draft in the queue first."));
    return;
  }
  auto* dialog = new RejectDialog(describe(id), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
    decide(id, ReviewAction::Reject, dialog->comment());
    if (currentDraftId() == id) moveBy(1);
  });
  connect(dialog, &QDialog::finished, this, &ReviewPane::takeKeyboardBack);
  dialog->open();
}

void ReviewPane::approveSelected() {
  const std::vector<std::int64_t> ids = selectedDraftIds();
  if (ids.empty()) {
    showError(tr("Select the drafts to approve first (Shift or Ctrl with the arrows or the mouse)."));
    return;
  }
  const int count = static_cast<int>(ids.size());
  auto* box = new QMessageBox(QMessageBox::Question, tr("Approve drafts"),
                              tr("Approve %n selected draft(s)?", nullptr, count), QMessageBox::Cancel, this);
  box->setObjectName(QStringLiteral("bulkApproveConfirm"));
  box->setInformativeText(tr("Each is recorded in the audit trail under your reviewer name. Drafts that are "
                             "not submitted are left as they are."));
  QPushButton* approve = box->addButton(tr("Approve %n", nullptr, count), QMessageBox::AcceptRole);
  box->setDefaultButton(approve);
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QDialog::finished, this, [this, box, approve, ids] {
    if (box->clickedButton() == approve) approveMany(ids);
    takeKeyboardBack();
  });
  box->open();
}

void ReviewPane::takeKeyboardBack() {
  // Not every window manager (nor the offscreen platform) hands the focus back when a dialog
  // closes; the reviewer's next keystroke must reach the queue.
  window()->activateWindow();
  setFocus();
}

void ReviewPane::decide(std::int64_t draftId, ReviewAction action, const QString& comment) {
  if (action == ReviewAction::Approve) {
    approve(draftId, QString());
    return;
  }
  ++m_pending;
  m_model->setPending(draftId, action == ReviewAction::Reject ? tr("rejecting…") : tr("approving…"));
  m_store.run(
      this,
      [draftId, action, comment = comment.toStdString(), seen = seenVersion(draftId)](Database& db) {
        return decideAndReread(db, draftId, action, comment, seen);
      },
      [this, draftId, action](Result<Draft> outcome) { adoptDecision(draftId, action, std::move(outcome)); });
}

void ReviewPane::approve(std::int64_t draftId, const QString& overrideReason) {
  ++m_pending;
  m_model->setPending(draftId, tr("approving…"));
  m_store.run(
      this,
      [book = m_rules->book(), draftId, reason = overrideReason.toStdString(), seen = seenVersion(draftId)](Database& db) {
        return approveAndReread(db, *book, draftId, reason, seen);
      },
      [this, draftId, overridden = !overrideReason.isEmpty()](Result<CheckedApproval> outcome) {
        if (outcome && !outcome->approved) {
          // Error findings: nothing was decided; the reviewer says why, or leaves it.
          --m_pending;
          m_model->clearPending(draftId);
          askForOverride(draftId, std::move(outcome->blocking));
          return;
        }
        adoptDecision(draftId, ReviewAction::Approve, outcome ? Result<Draft>(*outcome->approved) : outcome.error());
        if (outcome && overridden) showMessage(tr("Approved %1 past its checks; the reason is in the audit trail.").arg(describe(draftId)));
      });
}

void ReviewPane::askForOverride(std::int64_t draftId, std::vector<Finding> blocking) {
  auto* dialog = new OverrideDialog(describe(draftId), blocking, m_rules->book(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this, [this, dialog, draftId] { approve(draftId, dialog->reason()); });
  connect(dialog, &QDialog::rejected, this,
          [this, draftId] { showMessage(tr("%1 was not approved: its checks found errors.").arg(describe(draftId))); });
  connect(dialog, &QDialog::finished, this, &ReviewPane::takeKeyboardBack);
  dialog->open();
}

std::optional<std::int64_t> ReviewPane::seenVersion(std::int64_t draftId) const {
  return m_detail->draftId() == draftId ? m_detail->shownVersion() : std::nullopt;
}

void ReviewPane::adoptDecision(std::int64_t draftId, ReviewAction action, Result<Draft> outcome) {
  --m_pending;
  m_model->clearPending(draftId);
  if (!outcome) {
    const QString doing = action == ReviewAction::Reject ? tr("Could not reject %1: %2")
                                                         : tr("Could not approve %1: %2");
    showError(doing.arg(describe(draftId), ErrorText::message(outcome.error())));
    // Someone else got there first: show the draft as it is now, their decision in its history.
    if (outcome.error().code == ErrorCode::Conflict) {
      m_model->reload();
      if (m_detail->draftId() == draftId) scheduleDetail();
    }
    return;
  }
  m_model->updateDraft(*outcome);
  showMessage(action == ReviewAction::Reject ? tr("Rejected %1.").arg(describe(draftId))
                                             : tr("Approved %1.").arg(describe(draftId)));
  if (m_detail->draftId() == draftId) scheduleDetail();  // its history has a new line
  emit decisionsRecorded();
}

void ReviewPane::approveMany(const std::vector<std::int64_t>& ids) {
  ++m_pending;
  m_model->setPending(ids, tr("approving…"));
  m_store.run(
      this,
      [ids, book = m_rules->book()](Database& db) { return copydesk::approveMany(db, *book, {.draftIds = ids}); },
      [this, ids](Result<std::vector<DraftApproval>> outcome) {
        --m_pending;
        m_model->clearPending(ids);
        if (!outcome) {
          showError(tr("Could not approve the selected drafts: %1").arg(ErrorText::describe(outcome.error())));
          return;
        }
        std::vector<Draft> approved;
        int needOverride = 0;
        std::vector<const Error*> refusals;
        for (const DraftApproval& one : *outcome) {
          if (one.outcome == BulkOutcome::Approved && one.draft) approved.push_back(*one.draft);
          if (one.outcome == BulkOutcome::NeedsOverride) ++needOverride;
          if (one.outcome == BulkOutcome::Refused && one.error) refusals.push_back(&*one.error);
        }
        m_model->updateDrafts(approved);
        showMessage(tr("Approved %n draft(s).", nullptr, static_cast<int>(approved.size())));
        if (needOverride > 0) {
          // Each needs its own reason: the reviewer goes through them with A, one at a time.
          showError(tr("%n draft(s) were not approved because their checks found errors: review them one by one "
                       "(approving each asks for a reason).", nullptr, needOverride));
        } else if (!refusals.empty()) {
          showError(tr("%n draft(s) were not approved: %1", nullptr, static_cast<int>(refusals.size()))
                        .arg(qs(refusals.front()->message) + (refusals.size() > 1 ? QStringLiteral(" …") : QString())));
        }
        scheduleDetail();
        if (!approved.empty()) emit decisionsRecorded();
      });
}

void ReviewPane::scheduleDetail() {
  updateActions();
  m_detailTimer->start();
}

void ReviewPane::loadDetail() {
  const std::int64_t id = currentDraftId();
  const int generation = ++m_detailGeneration;
  if (id == 0) {
    m_detail->clear(m_model->rowCount() == 0 ? tr("No drafts match the filters.") : tr("Choose a draft in the queue."));
    return;
  }
  m_store.run(this, [id, book = m_rules->book()](Database& db) { return loadCheckedContext(db, *book, id); },
              [this, generation, id](Result<CheckedContext> loaded) {
                if (generation != m_detailGeneration) return;
                if (!loaded) {
                  m_detail->clear(tr("Could not load the draft: %1").arg(ErrorText::describe(loaded.error())));
                  return;
                }
                m_detail->setContext(loaded->context);
                if (!loaded->findings) {
                  m_detail->setChecksNotice(tr("Could not check this draft: %1").arg(ErrorText::describe(loaded->findings.error())));
                  return;
                }
                // The queue's row shows what was just found, before the background refresh gets to it.
                m_model->setChecks(summarize(id, *loaded->findings));
                m_detail->setFindings(std::move(*loaded->findings));
              });
}

void ReviewPane::refreshChecks() {
  if (static_cast<WorstFinding>(m_checks->currentData().toInt()) != WorstFinding::Any) {
    applyFilter();  // which drafts match may have changed
  } else {
    m_model->refreshChecks();
  }
}

void ReviewPane::adoptRuleBook() {
  m_model->setChecksFingerprint(m_rules->fingerprint().toStdString());
  m_detail->setRuleBook(m_rules->book());
  applyFilter();     // summaries of other rules no longer count
  scheduleDetail();  // the draft shown is checked again
}

void ReviewPane::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  updateActions();
}

void ReviewPane::hideEvent(QHideEvent* event) {
  QWidget::hideEvent(event);
  updateActions();
}

void ReviewPane::updateActions() {
  const bool shown = isVisible();
  const bool hasCurrent = shown && currentDraftId() != 0;
  const bool hasRows = shown && m_model->rowCount() > 0;
  m_approve->setEnabled(hasCurrent);
  m_approveNext->setEnabled(hasCurrent);
  m_reject->setEnabled(hasCurrent);
  m_next->setEnabled(hasRows);
  m_previous->setEnabled(hasRows);
  m_bulkApprove->setEnabled(shown && !m_view->selectionModel()->selectedRows().isEmpty());
  m_reload->setEnabled(shown);
}

void ReviewPane::updateCount() {
  const int rows = m_model->rowCount();
  const int selected = static_cast<int>(m_view->selectionModel()->selectedRows().size());
  QString text = tr("%Ln draft(s)", nullptr, rows);  // 100,000 reads better than 100000
  if (selected > 1) text += tr(", %Ln selected", nullptr, selected);
  m_count->setText(text);
}

void ReviewPane::showMessage(const QString& text) {
  m_message->setForegroundRole(QPalette::WindowText);
  m_message->setText(text);
}

void ReviewPane::showError(const QString& text) {
  m_error->setText(text);
  m_error->setVisible(!text.isEmpty());
  m_dismissError->setVisible(!text.isEmpty());
}

QString ReviewPane::message() const { return m_message->text(); }

QString ReviewPane::errorMessage() const { return m_error->text(); }

QString ReviewPane::describe(std::int64_t draftId) const {
  const ReviewQueueRow* row = m_model->rowAt(m_model->rowOfDraft(draftId));
  if (!row) return tr("draft %1").arg(draftId);
  return tr("draft %1 (%2, %3)").arg(draftId).arg(qs(row->draft.sku), qs(row->draft.field));
}

}  // namespace copydesk::ui
