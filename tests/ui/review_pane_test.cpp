#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "core/diff/text_diff.h"
#include "core/review/review_service.h"
#include "core/store/audit_store.h"
#include "core/store/draft_store.h"
#include "core/store/review_store.h"
#include "tests/ui/review_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/checks/findings_pane.h"
#include "ui/diff/diff_view.h"
#include "ui/review/reject_dialog.h"
#include "ui/review/review_detail_view.h"
#include "ui/review/review_pane.h"
#include "ui/review/review_queue_model.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

// The pane in a window of its own that has the keyboard focus, its queue loaded.
void showLoaded(ui::ReviewPane& pane, int rows) {
  pane.resize(1400, 800);
  pane.show();
  pane.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&pane));
  pane.reload();
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == rows; }));
  pane.setFocus();
  REQUIRE(test::waitUntil([&] { return pane.view()->hasFocus(); }));
}

// Keys go where a person's keystrokes go: to the widget that has the focus.
// (After a dialog closes, the focus comes back to the window once it is active again.)
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  REQUIRE(test::waitUntil([] { return QApplication::focusWidget() != nullptr; }));
  QTest::keyClick(QApplication::focusWidget(), static_cast<Qt::Key>(key), modifiers);
}

// The dialog that opened, once it has the keyboard, as a person would wait for it.
template <class Dialog>
Dialog* waitForModal() {
  Dialog* dialog = nullptr;
  REQUIRE(test::waitUntil([&] {
    dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
    return dialog && QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget());
  }));
  return dialog;
}

void waitForDecisions(ui::ReviewPane& pane) {
  REQUIRE(test::waitUntil([&] { return pane.pendingDecisions() == 0; }, 20000));
}

}  // namespace

TEST_CASE("a reviewer works a queue of 100 submitted drafts from the keyboard only") {
  test::ReviewFixture f(120);
  std::vector<std::int64_t> ids;
  for (int i = 1; i <= 100; ++i) ids.push_back(f.draft(i, "description", i % 2 ? "wendy" : "walt", true));
  f.draft(101, "description", "wendy", false);  // a draft not submitted: not in the queue

  ui::StoreThread store(f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, 100);
  REQUIRE(pane.currentDraftId() == ids[0]);

  std::map<std::int64_t, DraftStatus> expected;
  std::map<std::int64_t, std::string> comments;
  for (size_t i = 0; i < ids.size(); ++i) {
    INFO("row " << i);
    REQUIRE(pane.currentDraftId() == ids[i]);
    if (i % 10 == 3) {
      press(Qt::Key_R);
      auto* dialog = waitForModal<ui::RejectDialog>();
      if (i == 3) {
        // No comment: the dialog stays open and says why.
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK(dialog->isVisible());
        auto* problem = dialog->findChild<QLabel*>("rejectProblem");
        REQUIRE(problem);
        CHECK(problem->isVisible());
        CHECK(problem->text().contains("needs a comment"));
      }
      REQUIRE(test::waitUntil([&] { return QApplication::focusWidget() == dialog->commentEdit(); }));
      const std::string comment = "Row " + std::to_string(i) + ": the vacuum flask claim is not in the catalog";
      QTest::keyClicks(QApplication::focusWidget(), QString::fromStdString(comment));
      press(Qt::Key_Return, Qt::ControlModifier);
      REQUIRE(test::waitUntil([&] { return QApplication::activeModalWidget() == nullptr; }));
      expected[ids[i]] = DraftStatus::Rejected;
      comments[ids[i]] = comment;
    } else if (i % 10 == 7) {
      press(Qt::Key_J);  // left for later
      expected[ids[i]] = DraftStatus::Submitted;
    } else if (i % 10 == 5) {
      press(Qt::Key_Return, Qt::ControlModifier);  // approve and next
      expected[ids[i]] = DraftStatus::Approved;
    } else {
      press(Qt::Key_A);
      expected[ids[i]] = DraftStatus::Approved;
    }
    if (i == 50) {
      // Back and forth: K and Up go back, J and Down forward.
      press(Qt::Key_K);
      press(Qt::Key_Up);
      REQUIRE(pane.currentDraftId() == ids[49]);
      press(Qt::Key_Down);
      REQUIRE(pane.currentDraftId() == ids[50]);
      press(Qt::Key_J);
    }
  }
  // The last row stays current after the last decision.
  CHECK(pane.currentDraftId() == ids.back());
  waitForDecisions(pane);
  CHECK(pane.errorMessage().isEmpty());

  // The queue shows each decision in its row.
  for (size_t i = 0; i < ids.size(); ++i) {
    const int row = pane.model()->rowOfDraft(ids[i]);
    CHECK(pane.model()->data(pane.model()->index(row, 0), ui::ReviewQueueModel::StatusRole).toInt() ==
          static_cast<int>(expected[ids[i]]));
  }

  // An illegal transition is refused and said plainly: K back to an approved draft, A again.
  press(Qt::Key_K);
  REQUIRE(pane.currentDraftId() == ids[98]);
  press(Qt::Key_A);
  waitForDecisions(pane);
  CHECK(pane.errorMessage().contains("cannot approve: it is approved already"));
  CHECK(pane.errorMessage().contains(QString::fromStdString(f.sku(99))));

  // The store holds exactly these decisions, each by the reviewer named in the settings.
  int approvals = 0;
  int rejections = 0;
  for (std::int64_t id : ids) {
    INFO("draft " << id);
    CHECK(f.status(id) == expected[id]);
    auto reviews = ReviewStore(*f.db).forDraft(id);
    REQUIRE(reviews);
    if (expected[id] == DraftStatus::Submitted) {
      CHECK(reviews->size() == 1);  // the writer's submission only
      continue;
    }
    REQUIRE(reviews->size() == 2);
    const Review& decision = reviews->back();
    CHECK(decision.reviewer == "Rita");
    CHECK(decision.text == "New copy for " + (*DraftStore(*f.db).get(id))->sku);
    if (expected[id] == DraftStatus::Rejected) {
      CHECK(decision.action == "reject");
      CHECK(decision.comment == comments[id]);
      ++rejections;
    } else {
      CHECK(decision.action == "approve");
      ++approvals;
    }
  }
  CHECK(approvals == 80);
  CHECK(rejections == 10);
  auto audit = AuditStore(*f.db).list({.entity = "draft"});
  REQUIRE(audit);
  int auditedApprovals = 0;
  int auditedRejections = 0;
  for (const AuditEntry& entry : *audit) {
    if (entry.action == "submit") continue;
    CHECK(entry.actor == "Rita");
    if (entry.action == "approve") ++auditedApprovals;
    if (entry.action == "reject") {
      ++auditedRejections;
      CHECK(entry.detail["comment"] == comments[*entry.entityId]);
    }
  }
  CHECK(auditedApprovals == 80);
  CHECK(auditedRejections == 10);
}

TEST_CASE("the draft under review is compared with the live copy and the last approval, with its history") {
  test::ReviewFixture f(5);
  REQUIRE(f.db->exec("UPDATE products SET description = 'Old shop text' WHERE sku = 'SKU-00002'"));
  const auto earlier = f.draft(2, "description", "wendy", true);
  REQUIRE(ReviewService(*f.db).approve(earlier, "", "Rita"));
  const auto current = f.draft(2, "description", "walt", true);
  REQUIRE(ReviewService(*f.db).reject(current, "say where it is made", "Rita"));
  REQUIRE(ReviewService(*f.db).edit(current, "Made in Hangzhou. New copy for SKU-00002", "walt"));
  REQUIRE(ReviewService(*f.db).submit(current, "walt"));

  ui::StoreThread store(f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, 1);
  ui::ReviewDetailView* detail = pane.detail();
  REQUIRE(test::waitUntil([&] { return detail->draftId() == current; }));
  CHECK(detail->headline().contains("SKU-00002"));
  CHECK(detail->headline().contains("Product 2"));

  const auto& live = detail->diffView(ui::ReviewDetailView::AgainstLive)->segments();
  CHECK(beforeText(live) == "Old shop text");
  CHECK(afterText(live) == "Made in Hangzhou. New copy for SKU-00002");
  const auto& approved = detail->diffView(ui::ReviewDetailView::AgainstApproved)->segments();
  CHECK(beforeText(approved) == "New copy for SKU-00002");
  CHECK(afterText(approved) == "Made in Hangzhou. New copy for SKU-00002");
  REQUIRE(approved.size() == 2);
  CHECK(approved[0].kind == DiffKind::Insert);

  QTreeWidget* history = detail->history();
  REQUIRE(history->topLevelItemCount() == 3);  // submit, reject, submit
  CHECK(history->topLevelItem(1)->text(1) == "Rita");
  CHECK(history->topLevelItem(1)->text(2) == "reject");
  CHECK(history->topLevelItem(1)->text(3) == "submitted → rejected");
  CHECK(history->topLevelItem(1)->text(4) == "say where it is made");
  CHECK(pane.findChild<QWidget*>("reviewChecks")->findChild<ui::FindingsPane*>() != nullptr);  // checks_ui_tests tests it
}

TEST_CASE("bulk approve asks first, naming the count; cancel changes nothing, accept approves the selection") {
  test::ReviewFixture f(20);
  std::vector<std::int64_t> ids;
  for (int i = 1; i <= 12; ++i) ids.push_back(f.draft(i, "title", "wendy", true));
  ui::StoreThread store(f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, 12);

  // One approved from the keyboard first, so the selection holds a draft that cannot be approved again.
  press(Qt::Key_A);
  waitForDecisions(pane);
  press(Qt::Key_K);
  REQUIRE(pane.currentDraftId() == ids[0]);
  for (int i = 0; i < 5; ++i) press(Qt::Key_Down, Qt::ShiftModifier);
  REQUIRE(pane.selectedDraftIds() == std::vector<std::int64_t>(ids.begin(), ids.begin() + 6));

  SECTION("cancel") {
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto* box = waitForModal<QMessageBox>();
    CHECK(box->objectName() == "bulkApproveConfirm");
    CHECK(box->text() == "Approve 6 selected draft(s)?");
    press(Qt::Key_Escape);
    REQUIRE(test::waitUntil([&] { return QApplication::activeModalWidget() == nullptr; }));
    waitForDecisions(pane);
    for (size_t i = 1; i < ids.size(); ++i) CHECK(f.status(ids[i]) == DraftStatus::Submitted);
    CHECK(AuditStore(*f.db).list().value().size() == 13);  // 12 submissions, 1 approval
  }
  SECTION("accept") {
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto* box = waitForModal<QMessageBox>();
    CHECK(box->text().contains("6"));
    press(Qt::Key_Return);  // the default button approves
    REQUIRE(test::waitUntil([&] { return QApplication::activeModalWidget() == nullptr; }));
    waitForDecisions(pane);
    for (size_t i = 0; i < 6; ++i) CHECK(f.status(ids[i]) == DraftStatus::Approved);
    for (size_t i = 6; i < ids.size(); ++i) CHECK(f.status(ids[i]) == DraftStatus::Submitted);
    CHECK(pane.message() == "Approved 5 draft(s).");
    // The one approved before is refused, and the pane says so.
    CHECK(pane.errorMessage().contains("1 draft(s) were not approved"));
    CHECK(pane.errorMessage().contains("approved already"));
    int approvals = 0;
    // Named: a range-for over a member of a temporary Result reads a destroyed vector (C++20).
    const auto audit = AuditStore(*f.db).list();
    REQUIRE(audit.ok());
    for (const auto& entry : audit.value()) {
      if (entry.action != "approve") continue;
      CHECK(entry.actor == "Rita");
      ++approvals;
    }
    CHECK(approvals == 6);
    for (size_t i = 1; i < 6; ++i) {
      const int row = pane.model()->rowOfDraft(ids[i]);
      CHECK(pane.model()->data(pane.model()->index(row, ui::ReviewQueueModel::StatusColumn)).toString() ==
            "approved");
    }
  }
}

TEST_CASE("the filter bar narrows the queue by template, channel and writer") {
  test::ReviewFixture f(10);
  const auto a = f.draft(1, "bullets", "wendy", true, f.amazonVersion);
  const auto b = f.draft(2, "description", "walt", true, f.shopifyVersion);
  f.draft(3, "description", "wendy", true, f.shopifyVersion);
  ui::StoreThread store(f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, 3);
  REQUIRE(test::waitUntil([&] { return pane.writerFilter()->count() == 3; }));  // all, walt, wendy
  CHECK(pane.channelFilter()->findData("amazon") > 0);
  CHECK(pane.templateFilter()->findData("description-shopify") > 0);

  pane.channelFilter()->setCurrentIndex(pane.channelFilter()->findData("amazon"));
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == 1; }));
  CHECK(pane.currentDraftId() == a);
  pane.channelFilter()->setCurrentIndex(0);
  pane.writerFilter()->setCurrentIndex(pane.writerFilter()->findData("walt"));
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == 1; }));
  CHECK(pane.currentDraftId() == b);
  pane.statusFilter()->setCurrentIndex(pane.statusFilter()->findText("Approved"));
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == 0; }));
  CHECK(pane.currentDraftId() == 0);
  CHECK_FALSE(pane.approveAction()->isEnabled());
}

// Another reviewer decided the draft while this one was reading it (issue 11): the approval is
// refused in words naming them, nothing is recorded twice, and the page shows the draft as it is now.
TEST_CASE("approving a draft someone else decided while it was shown says who did, and records nothing") {
  test::ReviewFixture f(3);
  const auto id = f.draft(1, "description", "walt", true);
  ui::StoreThread store(f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, 1);
  REQUIRE(test::waitUntil([&] { return pane.detail()->draftId() == id; }));

  REQUIRE(ReviewService(*f.db).reject(id, "name the tea's origin", "Olga"));
  pane.approveCurrent();
  waitForDecisions(pane);
  CHECK(pane.errorMessage().contains("Olga"));
  CHECK(pane.errorMessage().contains("rejected"));
  CHECK(f.status(id) == DraftStatus::Rejected);
  auto reviews = ReviewStore(*f.db).forDraft(id);
  REQUIRE(reviews);
  CHECK(reviews->back().reviewer == "Olga");
  CHECK(std::count_if(reviews->begin(), reviews->end(), [](const Review& r) { return r.action == "approve"; }) == 0);
  // The page reads the queue again: the rejected draft is no longer waiting for a decision.
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == 0; }));
}
