// The review queue over thousands of drafts: ids for every row, rows paged in as they are shown.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/draft_store.h"
#include "tests/ui/review_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/review/review_detail_view.h"
#include "ui/review/review_pane.h"
#include "ui/review/review_queue_model.h"
#include "ui/store_thread.h"

using namespace copydesk;
using Model = ui::ReviewQueueModel;

namespace {

constexpr int kDrafts = 3000;

// 1,000 products with three submitted drafts each (title, bullets, description), alternately by
// wendy and walt; written in one transaction so the fixture takes a moment, not a minute.
struct BigQueue {
  test::ReviewFixture f{1000};
  std::vector<std::int64_t> ids;
  std::vector<std::int64_t> walts;

  BigQueue() {
    Transaction tx(*f.db);
    REQUIRE(tx.begun());
    for (int i = 0; i < kDrafts; ++i) {
      static const char* fields[] = {"title", "bullets", "description"};
      const std::string writer = i % 2 ? "walt" : "wendy";
      ids.push_back(f.draft(i / 3 + 1, fields[i % 3], writer, true));
      if (i % 2) walts.push_back(ids.back());
    }
    REQUIRE(tx.commit());
  }
};

void load(Model& model, const ui::ReviewQueueFilter& filter) {
  model.setFilter(filter);
  REQUIRE(test::waitUntil([&] { return !model.isLoading(); }, 20000));
}

QString cell(const Model& model, int row, int column) { return model.data(model.index(row, column)).toString(); }

void showLoaded(ui::ReviewPane& pane, int rows) {
  pane.resize(1400, 800);
  pane.show();
  pane.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&pane));
  pane.reload();
  REQUIRE(test::waitUntil([&] { return !pane.model()->isLoading() && pane.model()->rowCount() == rows; }, 20000));
  pane.setFocus();
  REQUIRE(test::waitUntil([&] { return pane.view()->hasFocus(); }));
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  REQUIRE(test::waitUntil([] { return QApplication::focusWidget() != nullptr; }));
  QTest::keyClick(QApplication::focusWidget(), static_cast<Qt::Key>(key), modifiers);
}

void waitForDecisions(ui::ReviewPane& pane) {
  REQUIRE(test::waitUntil([&] { return pane.pendingDecisions() == 0; }, 60000));
}

}  // namespace

TEST_CASE("a queue of 3,000 drafts knows every row at once but loads one page, and a far row loads its page") {
  BigQueue q;
  ui::StoreThread store(q.f.path);
  Model model(store);
  QSignalSpy loaded(&model, &Model::loaded);
  load(model, {});

  REQUIRE(loaded.count() == 1);
  CHECK(loaded.front().front().toInt() == kDrafts);
  REQUIRE(model.rowCount() == kDrafts);
  CHECK(model.loadedRowCount() == Model::kPageSize);  // only the first page came with the ids
  CHECK(model.isRowLoaded(0));
  CHECK(model.isRowLoaded(Model::kPageSize - 1));
  CHECK_FALSE(model.isRowLoaded(Model::kPageSize));
  CHECK(cell(model, 0, Model::ProductColumn) == "SKU-00001 — Product 1");
  CHECK(cell(model, 0, Model::StatusColumn) == "submitted");

  // Ids, and the row of an id, are known for rows not loaded.
  CHECK(model.draftId(kDrafts - 1) == q.ids.back());
  CHECK(model.rowOfDraft(q.ids[2000]) == 2000);
  CHECK(model.rowOfDraft(-5) == -1);
  CHECK(model.data(model.index(2999, 0), Model::DraftIdRole).toLongLong() == q.ids.back());

  // A far row shows a placeholder, then its page.
  CHECK(model.rowAt(2999) == nullptr);
  CHECK(cell(model, 2998, Model::ProductColumn) == "Loading…");
  QSignalSpy pages(&model, &Model::pageLoaded);
  REQUIRE(test::waitUntil([&] { return model.isRowLoaded(2999); }));
  REQUIRE(pages.count() == 1);
  CHECK(pages.front().at(0).toInt() == 11 * Model::kPageSize);
  CHECK(pages.front().at(1).toInt() == kDrafts - 1);
  const ReviewQueueRow* last = model.rowAt(2999);
  REQUIRE(last);
  CHECK(last->draft.id == q.ids.back());
  CHECK(last->draft.field == "description");
  CHECK(cell(model, 2999, Model::ProductColumn).startsWith("SKU-01000 — Product 1000"));
  CHECK(model.loadedRowCount() == Model::kPageSize + (kDrafts - 11 * Model::kPageSize));
  CHECK_FALSE(model.isRowLoaded(1000));

  // No row holds a draft's text.
  for (int row : {0, 100, 255, 2816, 2999}) {
    INFO("row " << row);
    REQUIRE(model.rowAt(row));
    CHECK(model.rowAt(row)->draft.id == q.ids[static_cast<size_t>(row)]);
    CHECK(model.rowAt(row)->draft.text.empty());
  }

  // The same filter again (the page shown again): no reset, the rows reload in place.
  QSignalSpy resets(&model, &Model::modelReset);
  load(model, {});
  CHECK(resets.count() == 0);
  CHECK(loaded.count() == 2);
  CHECK(model.rowCount() == kDrafts);
  REQUIRE(test::waitUntil([&] { return model.isRowLoaded(0) && model.rowAt(0) != nullptr; }));
  // A decision on a row not loaded leaves it to its page; the pending marker shows meanwhile.
  model.setPending(q.ids[1500], "approving…");
  CHECK(cell(model, 1500, Model::StatusColumn) == "approving…");
  CHECK(model.data(model.index(1500, 0), Model::PendingRole).toBool());
}

TEST_CASE("a filter changed while the queue loads is superseded: only the newest filter's drafts are listed") {
  BigQueue q;
  ui::StoreThread store(q.f.path);
  Model model(store);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);  // 3,000 rows, pages, superseded loads
  load(model, {});
  // A far page asked for under the old filter, still on its way when the filter changes.
  CHECK(model.rowAt(2000) == nullptr);
  QApplication::processEvents();  // the page request leaves

  QSignalSpy loaded(&model, &Model::loaded);
  model.setFilter({.writer = "wendy"});
  model.setFilter({.writer = "walt"});
  REQUIRE(test::waitUntil([&] { return !model.isLoading(); }, 20000));
  // Anything late from the older loads: every job posted so far has run and handed its result
  // back as a posted event; deliver those before looking.
  store.waitForIdle();
  QCoreApplication::sendPostedEvents();
  REQUIRE(loaded.count() == 1);
  CHECK(loaded.front().front().toInt() == static_cast<int>(q.walts.size()));
  REQUIRE(model.rowCount() == static_cast<int>(q.walts.size()));
  for (int row = 0; row < model.rowCount(); ++row) {
    REQUIRE(model.draftId(row) == q.walts[static_cast<size_t>(row)]);
  }
  // The page of the old filter was not taken for a page of this one.
  CHECK(model.loadedRowCount() == Model::kPageSize);
  REQUIRE(test::waitUntil([&] { return model.rowAt(1400) != nullptr; }));
  CHECK(model.rowAt(1400)->draft.id == q.walts[1400]);
  CHECK(model.rowAt(1400)->draft.author == "walt");
}

TEST_CASE("approve and next crosses a page boundary, and J/K move through rows not loaded yet") {
  BigQueue q;
  ui::StoreThread store(q.f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, kDrafts);
  Model* model = pane.model();
  const int last = Model::kPageSize - 1;
  pane.view()->setCurrentIndex(model->index(last, 0));
  REQUIRE(pane.currentDraftId() == q.ids[static_cast<size_t>(last)]);

  press(Qt::Key_Return, Qt::ControlModifier);  // approve and next: onto the second page
  CHECK(pane.currentDraftId() == q.ids[static_cast<size_t>(last + 1)]);
  press(Qt::Key_A);
  CHECK(pane.currentDraftId() == q.ids[static_cast<size_t>(last + 2)]);
  press(Qt::Key_J);
  press(Qt::Key_Down);
  CHECK(pane.currentDraftId() == q.ids[static_cast<size_t>(last + 4)]);
  press(Qt::Key_K);
  press(Qt::Key_Up);
  press(Qt::Key_K);
  CHECK(pane.currentDraftId() == q.ids[static_cast<size_t>(last + 1)]);
  waitForDecisions(pane);
  for (int row : {last, last + 1}) {
    INFO("row " << row);
    CHECK(q.f.status(q.ids[static_cast<size_t>(row)]) == DraftStatus::Approved);
    REQUIRE(test::waitUntil([&] { return model->isRowLoaded(row); }));
    CHECK(cell(*model, row, Model::StatusColumn) == "approved");
  }
  CHECK(q.f.status(q.ids[static_cast<size_t>(last + 2)]) == DraftStatus::Submitted);
  CHECK(pane.message().startsWith("Approved draft " + QString::number(q.ids[static_cast<size_t>(last + 1)])));
  // The draft under review is loaded whole, text included, on its own.
  REQUIRE(test::waitUntil([&] { return pane.detail()->draftId() == q.ids[static_cast<size_t>(last + 1)]; }));
  CHECK(pane.detail()->headline().contains(QString::fromStdString(q.f.sku((last + 1) / 3 + 1))));

  // The end of the queue, far beyond the pages loaded.
  press(Qt::Key_End, Qt::ControlModifier);
  CHECK(pane.currentDraftId() == q.ids.back());
  REQUIRE(test::waitUntil([&] { return model->isRowLoaded(kDrafts - 1); }));
  CHECK(model->loadedRowCount() < kDrafts);
}

TEST_CASE("bulk approve names and approves every selected draft of a 3,000-draft queue, loaded or not") {
  BigQueue q;
  ui::StoreThread store(q.f.path);
  ui::ReviewPane pane(store);
  showLoaded(pane, kDrafts);
  press(Qt::Key_A, Qt::ControlModifier);  // select all
  REQUIRE(pane.selectedDraftIds() == q.ids);
  CHECK(pane.model()->loadedRowCount() < kDrafts);

  press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
  QMessageBox* box = nullptr;
  REQUIRE(test::waitUntil([&] { return (box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())); }));
  CHECK(box->text() == "Approve 3000 selected draft(s)?");
  box->defaultButton()->click();
  REQUIRE(test::waitUntil([&] { return QApplication::activeModalWidget() == nullptr; }));
  waitForDecisions(pane);
  CHECK(pane.message() == "Approved 3000 draft(s).");
  CHECK(DraftStore(*q.f.db).ids({.status = DraftStatus::Approved}).value() == q.ids);
  CHECK(DraftStore(*q.f.db).ids({.status = DraftStatus::Submitted}).value().empty());
  // The rows say so, loaded before or after the approval, none left pending.
  Model* model = pane.model();
  for (int row : {0, Model::kPageSize - 1, 2000, kDrafts - 1}) {
    INFO("row " << row);
    REQUIRE(test::waitUntil([&] { return model->rowAt(row) && model->isRowLoaded(row); }));  // asks for its page
    CHECK(cell(*model, row, Model::StatusColumn) == "approved");
    CHECK_FALSE(model->data(model->index(row, 0), Model::PendingRole).toBool());
  }
}
