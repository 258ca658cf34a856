#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include "core/review/review_service.h"
#include "core/store/audit_store.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/ui/checks_test_rules.h"
#include "tests/ui/review_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/checks/check_summary_refresher.h"
#include "ui/checks/finding_underlines.h"
#include "ui/checks/findings_pane.h"
#include "ui/checks/override_dialog.h"
#include "ui/review/review_detail_view.h"
#include "ui/review/review_pane.h"
#include "ui/review/review_queue_model.h"
#include "ui/store_thread.h"

using namespace copydesk;
using Model = ui::ReviewQueueModel;

namespace {

const QString kClaim = QString::fromUtf8("全网第一");

// Three submitted drafts: one with an absolute claim (an error), one clean, one with a word that
// may be a claim (a warning).
struct CheckedQueue {
  test::ChecksTestRules rules;  // first: every rule book made after it loads the test rules
  test::ReviewFixture f{10};
  std::int64_t claim = 0;
  std::int64_t clean = 0;
  std::int64_t maybe = 0;

  CheckedQueue() {
    claim = submitted(1, "保温杯🍵，全网第一的保温效果");
    clean = submitted(2, "保温杯，保温十二小时");
    maybe = submitted(3, "首选的保温杯");
  }

  std::int64_t submitted(int index, const std::string& text) {
    auto product = ProductStore(*f.db).findBySku(f.sku(index)).value();
    REQUIRE(product);
    NewDraft draft{.productId = product->id, .field = "description", .text = text, .author = "wendy"};
    const std::int64_t id = DraftStore(*f.db).create(draft).value().id;
    REQUIRE(ReviewService(*f.db).submit(id, "wendy"));
    return id;
  }
};

void showLoaded(ui::ReviewPane& pane, int rows) {
  pane.resize(1400, 900);
  pane.show();
  pane.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&pane));
  pane.reload();
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == rows; }));
  pane.setFocus();
  REQUIRE(test::waitUntil([&] { return pane.view()->hasFocus(); }));
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  REQUIRE(test::waitUntil([] { return QApplication::focusWidget() != nullptr; }));
  QTest::keyClick(QApplication::focusWidget(), static_cast<Qt::Key>(key), modifiers);
}

template <class Dialog>
Dialog* waitForModal() {
  Dialog* dialog = nullptr;
  REQUIRE(test::waitUntil([&] {
    dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
    return dialog && QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget());
  }));
  return dialog;
}

QString checksCell(const ui::ReviewPane& pane, std::int64_t draftId, int role = Qt::DisplayRole) {
  const int row = pane.model()->rowOfDraft(draftId);
  return pane.model()->data(pane.model()->index(row, Model::ChecksColumn), role).toString();
}

// Brings every stored summary up to date as the studio does in the background.
void refreshSummaries(ui::StoreThread& store, const test::ChecksTestRules& rules, ui::ReviewPane& pane) {
  ui::CheckSummaryRefresher refresher(store, rules.load());
  QSignalSpy finished(&refresher, &ui::CheckSummaryRefresher::finished);
  refresher.start();
  REQUIRE(finished.wait(20000));
  pane.refreshChecks();
}

}  // namespace

TEST_CASE("the review page lists the findings of a draft with 全网第一 and underlines them in its text") {
  CheckedQueue q;
  ui::StoreThread store(q.f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, 3);
  REQUIRE(pane.currentDraftId() == q.claim);
  ui::ReviewDetailView* detail = pane.detail();
  ui::FindingsPane* findings = detail->findingsPane();
  REQUIRE(test::waitUntil([&] { return detail->draftId() == q.claim && !findings->findings().empty(); }));

  CHECK(findings->headerText() == "1 error");
  REQUIRE(findings->findings().size() == 1);
  const Finding& found = findings->findings()[0];
  CHECK(found.rule == "ui-test.banned");
  CHECK(found.start == 5);  // 保温杯🍵， : five code points, six UTF-16 units
  CHECK(findings->list()->topLevelItem(0)->text(0).contains(kClaim));

  // The draft's text, read-only, with the claim underlined.
  QPlainTextEdit* text = detail->draftText();
  CHECK(text->isReadOnly());
  CHECK(text->toPlainText() == QString::fromUtf8("保温杯🍵，全网第一的保温效果"));
  REQUIRE(detail->findingUnderlines()->selections().size() == 1);
  CHECK(detail->findingUnderlines()->selections()[0].cursor.selectedText() == kClaim);

  // Activating the finding shows it in the text: its tab, its span selected.
  findings->list()->setCurrentItem(findings->list()->topLevelItem(0));
  CHECK(findings->detailText().contains("Absolute claims are not allowed."));
  emit findings->list()->itemActivated(findings->list()->topLevelItem(0), 0);
  CHECK(detail->comparisons()->currentWidget() == text);
  CHECK(text->textCursor().selectedText() == kClaim);

  // The next draft, clean: no findings, and the pane says so.
  press(Qt::Key_J);
  REQUIRE(test::waitUntil([&] { return detail->draftId() == q.clean && findings->headerText() == "No findings"; }));
  CHECK(detail->findingUnderlines()->selections().isEmpty());
}

TEST_CASE("the queue's Checks column shows each draft's worst finding and the filter keeps only drafts with errors") {
  CheckedQueue q;
  ui::StoreThread store(q.f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, 3);
  // Nothing is checked yet, except the draft the page shows (checked as it is shown).
  CHECK(checksCell(pane, q.maybe) == QString::fromUtf8("…"));
  CHECK(checksCell(pane, q.maybe, Qt::ToolTipRole).contains("Not checked yet"));

  refreshSummaries(store, q.rules, pane);
  REQUIRE(test::waitUntil([&] { return checksCell(pane, q.maybe) == "1 warning"; }));
  CHECK(checksCell(pane, q.claim) == "1 error");
  CHECK(checksCell(pane, q.clean) == "OK");
  CHECK(checksCell(pane, q.claim, Qt::ToolTipRole).contains("First error: ui-test.banned"));
  const int claimRow = pane.model()->rowOfDraft(q.claim);
  CHECK(pane.model()->data(pane.model()->index(claimRow, Model::ChecksColumn), Qt::DecorationRole).isValid());
  CHECK(pane.model()->headerData(Model::ChecksColumn, Qt::Horizontal).toString() == "Checks");

  QComboBox* filter = pane.checksFilter();
  filter->setCurrentIndex(filter->findText("Errors"));
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == 1; }));
  CHECK(pane.model()->draftId(0) == q.claim);
  filter->setCurrentIndex(filter->findText("Warnings"));
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->draftId(0) == q.maybe; }));
  CHECK(pane.model()->rowCount() == 1);
  filter->setCurrentIndex(filter->findText("No findings"));
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->draftId(0) == q.clean; }));
  CHECK(pane.model()->rowCount() == 1);

  // A draft submitted since the refresh is not checked yet, until the next one.
  const std::int64_t late = q.submitted(4, "best ever flask");
  filter->setCurrentIndex(filter->findText("Not checked yet"));
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->draftId(0) == late; }));
  CHECK(pane.model()->rowCount() == 1);
  refreshSummaries(store, q.rules, pane);  // a filtered queue is read again
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == 0; }));
  filter->setCurrentIndex(filter->findText("Errors"));
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == 2; }));
}

TEST_CASE("approving a draft with an error asks for a reason: cancel keeps it submitted, a reason approves it and is audited") {
  CheckedQueue q;
  ui::StoreThread store(q.f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, 3);
  REQUIRE(pane.currentDraftId() == q.claim);

  press(Qt::Key_A);
  auto* dialog = waitForModal<ui::OverrideDialog>();
  CHECK(dialog->objectName() == "overrideDialog");
  REQUIRE(dialog->findingsList()->topLevelItemCount() == 1);
  CHECK(dialog->findingsList()->topLevelItem(0)->text(0).contains(kClaim));
  CHECK_FALSE(dialog->approveButton()->isEnabled());  // no reason, no approval
  press(Qt::Key_Return);
  CHECK(dialog->isVisible());
  press(Qt::Key_Escape);
  REQUIRE(test::waitUntil([&] { return QApplication::activeModalWidget() == nullptr; }));
  REQUIRE(test::waitUntil([&] { return pane.pendingDecisions() == 0; }));
  CHECK(q.f.status(q.claim) == DraftStatus::Submitted);
  CHECK(pane.message().contains("was not approved"));

  // Back to it (A moved on), and this time with a reason.
  REQUIRE(test::waitUntil([&] { return pane.view()->hasFocus(); }));
  press(Qt::Key_K);
  REQUIRE(pane.currentDraftId() == q.claim);
  press(Qt::Key_Return, Qt::ControlModifier);
  dialog = waitForModal<ui::OverrideDialog>();
  REQUIRE(test::waitUntil([&] { return QApplication::focusWidget() == dialog->reasonEdit(); }));
  QTest::keyClicks(dialog->reasonEdit(), "   ");
  CHECK_FALSE(dialog->approveButton()->isEnabled());  // blanks are no reason
  QTest::keyClicks(dialog->reasonEdit(), "registered trademark, cleared by legal");
  CHECK(dialog->approveButton()->isEnabled());
  press(Qt::Key_Return);
  REQUIRE(test::waitUntil([&] { return QApplication::activeModalWidget() == nullptr; }));
  REQUIRE(test::waitUntil([&] { return pane.pendingDecisions() == 0 && q.f.status(q.claim) == DraftStatus::Approved; }));
  CHECK(pane.message().contains("past its checks"));

  bool audited = false;
  const std::vector<AuditEntry> trail = AuditStore(*q.f.db).list().value();
  for (const AuditEntry& entry : trail) {
    if (entry.action != "approve" || entry.entityId != q.claim) continue;
    audited = true;
    CHECK(entry.actor == "Rita");
    CHECK(entry.detail.value("override", false));
    CHECK(entry.detail.value("override_reason", std::string()) == "registered trademark, cleared by legal");
    CHECK(entry.detail.value("overridden_rules", Json()) == Json::array({"ui-test.banned"}));
  }
  CHECK(audited);
}

TEST_CASE("bulk approve approves the drafts without errors and names how many need an override") {
  CheckedQueue q;
  ui::StoreThread store(q.f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, 3);
  pane.view()->selectAll();
  REQUIRE(pane.selectedDraftIds().size() == 3);
  press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
  auto* box = waitForModal<QMessageBox>();
  CHECK(box->text() == "Approve 3 selected draft(s)?");
  press(Qt::Key_Return);
  REQUIRE(test::waitUntil([&] { return QApplication::activeModalWidget() == nullptr; }));
  REQUIRE(test::waitUntil([&] { return pane.pendingDecisions() == 0; }));
  CHECK(q.f.status(q.clean) == DraftStatus::Approved);
  CHECK(q.f.status(q.maybe) == DraftStatus::Approved);  // a warning does not stop an approval
  CHECK(q.f.status(q.claim) == DraftStatus::Submitted);
  CHECK(pane.message() == "Approved 2 draft(s).");
  CHECK(pane.errorMessage().contains("1 draft(s) were not approved because their checks found errors"));
  CHECK(pane.errorMessage().contains("one by one"));
}
