// A studio on a team store follows what others change (issue 11): a second connection submits a
// draft or adds a product and the studio's queue and product list show it without being asked; a
// lost connection is said in the status bar, retried, and everything is read again when it is back.
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include "core/review/review_service.h"
#include "core/review/working_copy.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/pg_connection.h"
#include "tests/support/pg_connection_string.h"
#include "tests/support/postgres_test_server.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/review/review_pane.h"
#include "ui/review/review_queue_model.h"
#include "ui/store_watcher.h"

using namespace copydesk;

namespace {

constexpr int kPatienceMs = 30000;  // a loaded machine; every wait ends as soon as its condition holds

struct TeamStudio {
  test::PostgresTestDatabase database = test::createTestDatabase();
  std::unique_ptr<Database> colleague;  // another studio or CLI on the same store
  std::unique_ptr<ui::MainWindow> window;

  TeamStudio() {
    auto opened = Database::open(database.connectionString());
    REQUIRE(opened.ok());
    colleague = std::move(*opened);
    test::fillProducts(*colleague, 12);
    window = std::make_unique<ui::MainWindow>(test::quietWindow(database.connectionString()));
    REQUIRE(window->storeWatcher() != nullptr);
    REQUIRE(test::waitUntil([&] { return window->storeWatcher()->isListening(); }, kPatienceMs));
    REQUIRE(test::waitUntil([&] { return queue()->rowCount() == 0 && !queue()->isLoading(); }, kPatienceMs));
    REQUIRE(test::waitUntil([&] { return window->productsPane()->model()->rowCount() == 12; }, kPatienceMs));
  }

  ui::ReviewQueueModel* queue() const { return window->reviewPane()->model(); }

  std::int64_t submitDraft(Database& db, const std::string& sku) {
    auto product = ProductStore(db).findBySku(sku);
    REQUIRE(product.ok());
    REQUIRE(product->has_value());
    auto draft = DraftStore(db).create(
        NewDraft{.productId = (*product)->id, .field = "description", .text = "Copy for " + sku, .author = "anna"});
    REQUIRE(draft.ok());
    REQUIRE(ReviewService(db).submit(draft->id, "anna").ok());
    return draft->id;
  }

  bool queueShows(std::int64_t draftId) const { return queue()->rowOfDraft(draftId) >= 0; }

  // An outage for the studio alone: its sessions ended and no new one let in, the colleague's kept.
  void cutOff(bool cut) {
    auto colleaguePid = colleague->prepare("SELECT pg_backend_pid()");
    REQUIRE(colleaguePid.ok());
    REQUIRE(colleaguePid->step());
    const std::string keep = std::to_string(colleaguePid->integer(0));
    test::PgConnection server(
        test::withDatabase(test::PostgresTestServer::instance().connectionString(), "postgres"));
    const std::string name = database.name();
    server.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS " + (cut ? "false" : "true"));
    if (cut) {
      server.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name +
                     "' AND pid <> " + keep);
    }
  }
};

}  // namespace

TEST_CASE("team store: a draft another connection submits joins the studio's review queue by itself",
          "[postgres]") {
  TeamStudio studio;
  // The Write page is in front: nothing but the live update reloads the queue.
  QSignalSpy changed(studio.window->storeWatcher(), &ui::StoreWatcher::storeChanged);
  const std::int64_t draftId = studio.submitDraft(*studio.colleague, "SKU-00003");

  REQUIRE(test::waitUntil([&] { return studio.queueShows(draftId); }, kPatienceMs));
  CHECK(studio.queue()->rowCount() == 1);
  REQUIRE_FALSE(changed.isEmpty());
  const QStringList tables = changed.first().first().toStringList();
  CHECK(tables.contains("drafts"));
  CHECK(tables.contains("reviews"));
}

TEST_CASE("team store: a product another connection adds joins the studio's product list", "[postgres]") {
  TeamStudio studio;
  Product tea;
  tea.sku = "SKU-TEA";
  tea.title = "Oolong tea";
  REQUIRE(ProductStore(*studio.colleague).upsert(tea).ok());
  auto* products = studio.window->productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 13; }, kPatienceMs));
}

TEST_CASE("team store: the studio's own changes do not make it reload", "[postgres]") {
  TeamStudio studio;
  QSignalSpy changed(studio.window->storeWatcher(), &ui::StoreWatcher::storeChanged);
  // The studio learns its store connection's server process before it listens: wait until the
  // store thread has answered, through a job queued behind that question.
  bool answered = false;
  studio.window->store().run(studio.window.get(), [](Database&) -> Status { return {}; },
                             [&](Status) { answered = true; });
  REQUIRE(test::waitUntil([&] { return answered; }, kPatienceMs));

  std::int64_t ownDraft = 0;
  studio.window->store().run(
      studio.window.get(), [&](Database& db) -> Status {
        ownDraft = studio.submitDraft(db, "SKU-00004");  // through the studio's own connection
        return {};
      },
      [](Status) {});
  studio.window->store().waitForIdle();
  REQUIRE(ownDraft != 0);
  // Someone else's change after it: once that is heard, the own one would have been heard before.
  Product tea;
  tea.sku = "SKU-TEA";
  tea.title = "Oolong tea";
  REQUIRE(ProductStore(*studio.colleague).upsert(tea).ok());
  REQUIRE(changed.wait(kPatienceMs));
  for (const auto& arguments : changed) {
    CHECK(arguments.first().toStringList() == QStringList{"products"});
  }
}

TEST_CASE("team store: a lost connection is said, retried, and the queue is read again when it is back",
          "[postgres]") {
  TeamStudio studio;
  QSignalSpy lost(studio.window->storeWatcher(), &ui::StoreWatcher::unreachable);
  QSignalSpy back(studio.window->storeWatcher(), &ui::StoreWatcher::reconnected);
  studio.cutOff(true);
  REQUIRE(test::waitUntil([&] { return !lost.isEmpty(); }, kPatienceMs));
  CHECK(studio.window->storeState() == "Team store unreachable — retrying");

  // Submitted while the studio hears nothing: only reading everything again can show it.
  const std::int64_t draftId = studio.submitDraft(*studio.colleague, "SKU-00005");
  studio.cutOff(false);

  REQUIRE(test::waitUntil([&] { return !back.isEmpty(); }, kPatienceMs));
  CHECK(studio.window->storeState().isEmpty());
  REQUIRE(test::waitUntil([&] { return studio.queueShows(draftId); }, kPatienceMs));
  CHECK(lost.size() == 1);  // said once, however many retries failed
}

TEST_CASE("team store: copy typed while the store is unreachable stays in the editor and is saved when it is back",
          "[postgres]") {
  TeamStudio studio;
  auto product = ProductStore(*studio.colleague).findBySku("SKU-00006");
  REQUIRE(product.ok());
  REQUIRE(product->has_value());
  auto draft = DraftStore(*studio.colleague)
                   .create(NewDraft{.productId = (*product)->id, .field = "description", .text = "Old copy", .author = "anna"});
  REQUIRE(draft.ok());
  ui::CopyEditorPane* editor = studio.window->copyEditor();
  editor->showDraft(draft->id);
  REQUIRE(test::waitUntil([&] { return editor->draftId() == draft->id; }, kPatienceMs));
  editor->setWorkingText("Typed while the server was away");

  studio.cutOff(true);
  REQUIRE(test::waitUntil([&] { return !studio.window->storeState().isEmpty(); }, kPatienceMs));
  QSignalSpy saved(editor, &ui::CopyEditorPane::saved);
  editor->save();
  REQUIRE(test::waitUntil([&] { return editor->messageText().contains("cannot be reached"); }, kPatienceMs));
  CHECK(editor->messageText().contains("nothing typed is lost"));
  CHECK(editor->workingText() == "Typed while the server was away");
  CHECK(editor->hasUnsavedEdits());
  CHECK(saved.isEmpty());

  studio.cutOff(false);
  REQUIRE(test::waitUntil([&] { return !saved.isEmpty(); }, kPatienceMs));
  CHECK_FALSE(editor->hasUnsavedEdits());
  auto stored = DraftStore(*studio.colleague).get(draft->id);
  REQUIRE(stored.ok());
  REQUIRE(stored->has_value());
  CHECK((*stored)->text == "Typed while the server was away");
}

TEST_CASE("team store: the copy editor follows a colleague's change of the draft it shows, but never over typing",
          "[postgres]") {
  TeamStudio studio;
  auto product = ProductStore(*studio.colleague).findBySku("SKU-00007");
  REQUIRE(product.ok());
  REQUIRE(product->has_value());
  auto draft = DraftStore(*studio.colleague)
                   .create(NewDraft{.productId = (*product)->id, .field = "description", .text = "Old copy", .author = "anna"});
  REQUIRE(draft.ok());
  ui::CopyEditorPane* editor = studio.window->copyEditor();
  editor->showDraft(draft->id);
  REQUIRE(test::waitUntil([&] { return editor->draftId() == draft->id; }, kPatienceMs));

  // Nothing typed: a colleague's saved text becomes the editor's stored copy.
  REQUIRE(saveWorkingCopy(*studio.colleague, {.draftId = draft->id, .text = "Their copy", .author = "anna"}).ok());
  REQUIRE(test::waitUntil([&] { return editor->workingText() == "Their copy"; }, kPatienceMs));
  CHECK_FALSE(editor->hasUnsavedEdits());

  // Typing in progress: the colleague's submission is heard, and the editor keeps the typing and the
  // version it was begun on (saving it then meets the change, and the writer chooses).
  editor->setWorkingText("My copy");
  QSignalSpy changed(studio.window->storeWatcher(), &ui::StoreWatcher::storeChanged);
  REQUIRE(ReviewService(*studio.colleague).submit(draft->id, "anna").ok());
  REQUIRE(changed.wait(kPatienceMs));
  studio.window->store().waitForIdle();
  QCoreApplication::processEvents();
  CHECK(editor->workingText() == "My copy");
  CHECK(editor->hasUnsavedEdits());
  CHECK_FALSE(editor->headingText().contains("in review"));
}
