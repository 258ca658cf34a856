// Two studios of one team on one PostgreSQL store, in one process (issue 11): a writer's and a
// reviewer's MainWindow, each on a connection of its own as its own login role. The writer submits
// in the copy editor, the reviewer's queue shows it by itself, the database refuses the writer's
// approval in words, the reviewer approves in the Review page, and the writer's studio shows the
// copy approved, in the product list and in the copy editor, without being asked.
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

#include "core/store/audit_store.h"
#include "core/store/draft_store.h"
#include "core/store/postgres/team_roles.h"
#include "core/store/product_store.h"
#include "core/store/review_store.h"
#include "tests/support/postgres_test_server.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/review/review_detail_view.h"
#include "ui/review/review_pane.h"
#include "ui/review/review_queue_model.h"
#include "ui/store_watcher.h"

using namespace copydesk;

namespace {

constexpr int kPatienceMs = 30000;  // a loaded machine; every wait ends as soon as its condition holds

struct TwoStudios {
  test::PostgresTestDatabase database = test::createTestDatabase();
  std::unique_ptr<Database> owner;
  // Roles belong to the whole server, which the run's tests share: names of this database's own.
  std::string writer = "wendy_" + database.name().substr(database.name().size() - 8);
  std::string reviewer = "rita_" + database.name().substr(database.name().size() - 8);
  std::unique_ptr<ui::MainWindow> writerStudio;
  std::unique_ptr<ui::MainWindow> reviewerStudio;

  TwoStudios() {
    auto opened = Database::open(database.connectionString());
    REQUIRE(opened.ok());
    owner = std::move(*opened);
    REQUIRE(pg::initTeam(*owner).ok());
    REQUIRE(pg::addTeamUser(*owner, writer, pg::TeamRole::Writer).ok());
    REQUIRE(pg::addTeamUser(*owner, reviewer, pg::TeamRole::Reviewer).ok());
    test::fillProducts(*owner, 5);
    writerStudio = open(writer);
    reviewerStudio = open(reviewer);
  }

  std::unique_ptr<ui::MainWindow> open(const std::string& role) const {
    auto window = std::make_unique<ui::MainWindow>(test::quietWindow(database.connectionString() + " user=" + role));
    window->resize(1400, 900);
    window->show();
    REQUIRE(window->storeWatcher() != nullptr);
    REQUIRE(test::waitUntil([&] { return window->storeWatcher()->isListening(); }, kPatienceMs));
    REQUIRE(test::waitUntil([&] { return window->productsPane()->model()->rowCount() == 5; }, kPatienceMs));
    return window;
  }

  std::int64_t productId(const std::string& sku) const {
    auto product = ProductStore(*owner).findBySku(sku);
    REQUIRE(product.ok());
    REQUIRE(product->has_value());
    return (**product).id;
  }
};

QString productStatus(ui::MainWindow& studio, std::int64_t productId) {
  auto* model = studio.productsPane()->model();
  const int row = model->rowOfProduct(productId);
  return row < 0 ? QString() : model->data(model->index(row, ui::ProductTableModel::StatusColumn)).toString();
}

// The Review page of `studio` with `draftId` chosen and shown in the detail.
ui::ReviewPane* reviewing(ui::MainWindow& studio, std::int64_t draftId) {
  REQUIRE(studio.showPage("review"));
  ui::ReviewPane* pane = studio.reviewPane();
  REQUIRE(test::waitUntil([&] { return !pane->model()->isLoading() && pane->model()->rowOfDraft(draftId) >= 0; },
                          kPatienceMs));
  pane->view()->selectRow(pane->model()->rowOfDraft(draftId));
  REQUIRE(test::waitUntil([&] { return pane->detail()->draftId() == draftId; }, kPatienceMs));
  return pane;
}

}  // namespace

TEST_CASE("team store: a writer's studio submits, a reviewer's studio sees it live and approves, the writer's "
          "studio shows it approved",
          "[postgres]") {
  TwoStudios team;
  const std::int64_t tea = team.productId("SKU-00002");

  // The writer writes copy by hand and submits it from the Write page.
  REQUIRE(team.writerStudio->showPage("write"));
  ui::CopyEditorPane* editor = team.writerStudio->copyEditor();
  QSignalSpy loaded(editor, &ui::CopyEditorPane::loaded);
  editor->setProduct(tea);
  REQUIRE(loaded.wait(kPatienceMs));
  editor->setWorkingText("Hand-rolled spring tea, picked before the rains.");
  QSignalSpy submitted(editor, &ui::CopyEditorPane::submitted);
  QSignalSpy heard(team.reviewerStudio->storeWatcher(), &ui::StoreWatcher::storeChanged);
  editor->submitForReview();
  REQUIRE(submitted.wait(kPatienceMs));
  const std::int64_t draftId = submitted.first().first().toLongLong();
  CHECK(editor->headingText().contains("in review"));
  auto stored = DraftStore(*team.owner).get(draftId);
  REQUIRE(stored.ok());
  REQUIRE(stored->has_value());
  CHECK((**stored).author == team.writer);

  // The reviewer's studio, on its Write page, is told by the store and lists the draft by itself.
  ui::ReviewQueueModel* queue = team.reviewerStudio->reviewPane()->model();
  REQUIRE(test::waitUntil([&] { return queue->rowOfDraft(draftId) >= 0; }, kPatienceMs));
  REQUIRE_FALSE(heard.isEmpty());
  CHECK(heard.first().first().toStringList().contains("drafts"));
  REQUIRE(test::waitUntil([&] { return productStatus(*team.reviewerStudio, tea) == "in review"; }, kPatienceMs));

  // The writer's own studio cannot approve it: the database refuses, and the page says why.
  ui::ReviewPane* writerPane = reviewing(*team.writerStudio, draftId);
  writerPane->approveCurrent();
  REQUIRE(test::waitUntil([&] { return writerPane->pendingDecisions() == 0 && !writerPane->errorMessage().isEmpty(); },
                          kPatienceMs));
  CHECK(writerPane->errorMessage().contains("only reviewers may approve or reject drafts"));
  CHECK((**DraftStore(*team.owner).get(draftId)).status == DraftStatus::Submitted);

  // The reviewer approves it in the Review page.
  QSignalSpy writerHeard(team.writerStudio->storeWatcher(), &ui::StoreWatcher::storeChanged);
  ui::ReviewPane* reviewerPane = reviewing(*team.reviewerStudio, draftId);
  QSignalSpy recorded(reviewerPane, &ui::ReviewPane::decisionsRecorded);
  reviewerPane->approveCurrent();
  REQUIRE(recorded.wait(kPatienceMs));
  CHECK(reviewerPane->errorMessage().isEmpty());
  CHECK((**DraftStore(*team.owner).get(draftId)).status == DraftStatus::Approved);
  auto reviews = ReviewStore(*team.owner).forDraft(draftId);
  REQUIRE(reviews.ok());
  REQUIRE(reviews->size() == 2);  // the writer's submission and the reviewer's approval
  CHECK(reviews->front().reviewer == team.writer);
  CHECK(reviews->back().action == "approve");
  CHECK(reviews->back().reviewer == team.reviewer);

  // The writer's studio hears it and shows the copy approved: in the product list, and in the copy
  // editor that still shows the draft (nothing typed there since).
  REQUIRE(team.writerStudio->showPage("write"));
  REQUIRE(test::waitUntil([&] { return productStatus(*team.writerStudio, tea) == "approved"; }, kPatienceMs));
  CHECK_FALSE(writerHeard.isEmpty());
  REQUIRE(test::waitUntil([&] { return editor->headingText().contains("approved"); }, kPatienceMs));
  CHECK(editor->draftId() == draftId);
  CHECK(editor->workingText() == "Hand-rolled spring tea, picked before the rains.");
  CHECK_FALSE(editor->hasUnsavedEdits());
}
