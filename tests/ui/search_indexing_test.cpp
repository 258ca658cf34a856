// The studio builds the search index of imported products in the background: at start when rows
// wait, and after an import through the dialog; the product table stays usable meanwhile.
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>

#include <catch2/catch.hpp>

#include <memory>

#include "core/catalog/catalog_importer.h"
#include "core/store/product_search_index.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/import/import_dialog.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/search_indexer.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

constexpr int kGenerous = 120000;  // ms: the machine may be busy; these wait for outcomes, they time nothing

// n products "IX-1"…: every fourth titled in Chinese (不锈钢保温杯), the others "Walnut tray".
std::filesystem::path writeCatalog(const test::TempDir& dir, const std::string& name, int n) {
  std::string csv = "sku,title,description,brand,category,price\n";
  for (int i = 1; i <= n; ++i) {
    const std::string title = i % 4 == 0 ? "不锈钢保温杯 " + std::to_string(i) : "Walnut tray " + std::to_string(i);
    csv += "IX-" + std::to_string(i) + "," + title + ",\"Oiled, hand finished\",Acme,Kitchen,12.50\n";
  }
  test::writeFile(dir / name, csv);
  return dir / name;
}

// A database whose n products were imported as the CLI imports them: committed, waiting for the index.
void importWaiting(const std::filesystem::path& db, const test::TempDir& dir, int n) {
  auto opened = Database::open(db);
  REQUIRE(opened);
  ImportOptions options;
  options.searchIndexing = SearchIndexing::AfterImport;
  REQUIRE(importCatalog(**opened, writeCatalog(dir, "waiting.csv", n), options));
  REQUIRE(ProductSearchIndex(**opened).pending().value() == n);
}

std::int64_t waiting(const std::filesystem::path& db) {
  auto opened = Database::open(db);
  REQUIRE(opened);
  return ProductSearchIndex(**opened).pending().value();
}

bool indexIntact(const std::filesystem::path& db) {
  auto opened = Database::open(db);
  REQUIRE(opened);
  return bool((*opened)->exec("INSERT INTO products_fts(products_fts) VALUES ('integrity-check')"));
}

}  // namespace

TEST_CASE("search indexer: one short batch per store job, other jobs run between them") {
  test::TempDir dir;
  importWaiting(dir / "s.db", dir, 7000);
  ui::StoreThread store(dir / "s.db");
  ui::SearchIndexer indexer(store);
  QSignalSpy progress(&indexer, &ui::SearchIndexer::progressChanged);
  QSignalSpy finished(&indexer, &ui::SearchIndexer::finished);
  indexer.start();
  CHECK(indexer.isRunning());
  // Posted after the first batch: it runs before the second, with the rest still waiting.
  std::int64_t waitingThen = -1;
  QObject receiver;
  store.run(&receiver, [](Database& db) { return ProductSearchIndex(db).pending(); },
            [&](Result<std::int64_t> n) { waitingThen = n.value(); });
  REQUIRE(test::waitUntil([&] { return !finished.isEmpty(); }, kGenerous));
  CHECK(waitingThen == 7000 - ui::SearchIndexer::kBatchRows);
  CHECK(finished.front().front().toLongLong() == 7000);
  CHECK(indexer.indexed() == 7000);
  CHECK_FALSE(indexer.isRunning());
  // 7,000 rows are four batches: progress after each of the first three.
  REQUIRE(progress.size() == 3);
  CHECK(progress[0].front().toInt() == 28);
  CHECK(progress[2].front().toInt() == 85);
  store.waitForIdle();
  CHECK(waiting(dir / "s.db") == 0);
  CHECK(indexIntact(dir / "s.db"));

  // Nothing waiting: a pass ends at once, quietly.
  progress.clear();
  indexer.start();
  REQUIRE(test::waitUntil([&] { return finished.size() == 2; }, kGenerous));
  CHECK(finished.back().front().toLongLong() == 0);
  CHECK(progress.isEmpty());
}

TEST_CASE("the studio indexes products waiting at start in the background, the table working meanwhile") {
  test::TempDir dir;
  const auto db = dir / "start.db";
  importWaiting(db, dir, 12000);
  ui::MainWindow window(test::quietWindow(db));
  window.show();
  ui::SearchIndexer* indexer = window.searchIndexer();
  REQUIRE(indexer);
  QStringList statuses;
  QObject::connect(indexer, &ui::SearchIndexer::progressChanged, &window,
                   [&] { statuses << window.indexingStatus(); });
  auto* model = window.productsPane()->model();
  int listedWhileIndexing = -1;  // the product list's first load did not wait for the index
  QObject::connect(model, &QAbstractItemModel::modelReset, &window, [&] {
    if (listedWhileIndexing < 0) listedWhileIndexing = indexer->isRunning() && indexer->indexed() < 12000 ? 1 : 0;
  });
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 12000; }, kGenerous));
  CHECK(listedWhileIndexing == 1);
  // A search while rows still wait finds them all, Chinese included.
  window.productsPane()->searchEdit()->setText(QStringLiteral("保温杯"));
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 3000; }, kGenerous));

  REQUIRE(test::waitUntil([&] { return !indexer->isRunning(); }, kGenerous));
  CHECK(indexer->indexed() == 12000);
  REQUIRE_FALSE(statuses.isEmpty());
  CHECK(statuses.front().startsWith("Indexing the catalog for search… "));
  CHECK(statuses.front().endsWith("%"));
  CHECK(window.indexingStatus().isEmpty());  // gone when done
  CHECK(waiting(db) == 0);
  CHECK(indexIntact(db));
  // The same search through the index now.
  window.productsPane()->searchEdit()->setText(QStringLiteral("Walnut tray 11999"));
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 1; }, kGenerous));
  window.productsPane()->searchEdit()->setText(QStringLiteral("保温杯"));
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 3000; }, kGenerous));
}

TEST_CASE("closing the studio mid-way leaves the rest waiting, found by search, and the next start finishes it") {
  test::TempDir dir;
  const auto db = dir / "close.db";
  importWaiting(db, dir, 12000);
  {
    auto window = std::make_unique<ui::MainWindow>(test::quietWindow(db));
    QSignalSpy progress(window->searchIndexer(), &ui::SearchIndexer::progressChanged);
    REQUIRE(test::waitUntil([&] { return !progress.isEmpty(); }, kGenerous));
    window->close();
    window.reset();  // the running batch finishes (one transaction), the queued ones are dropped
  }
  const std::int64_t left = waiting(db);
  CHECK(left > 0);
  CHECK(left < 12000);
  CHECK(indexIntact(db));

  ui::MainWindow again(test::quietWindow(db));
  auto* model = again.productsPane()->model();
  again.productsPane()->searchEdit()->setText(QStringLiteral("保温杯"));
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 3000; }, kGenerous));
  REQUIRE(test::waitUntil([&] { return !again.searchIndexer()->isRunning(); }, kGenerous));
  CHECK(again.searchIndexer()->indexed() == left);
  CHECK(waiting(db) == 0);
  CHECK(indexIntact(db));
}

TEST_CASE("an import through the dialog commits first, then the studio indexes it in the background") {
  test::TempDir dir;
  const auto db = dir / "dialog.db";
  {
    auto opened = Database::open(db);
    REQUIRE(opened);
    test::fillProducts(**opened, 300);
  }
  ui::MainWindow window(test::quietWindow(db));
  window.show();
  auto* model = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 300; }, kGenerous));
  REQUIRE(test::waitUntil([&] { return !window.searchIndexer()->isRunning(); }, kGenerous));
  CHECK(window.searchIndexer()->indexed() == 0);  // fillProducts' rows were indexed as written

  const auto file = writeCatalog(dir, "new.csv", 6000);
  ui::ImportDialog* dialog = window.openImportDialog(QString::fromStdString(file.string()));
  REQUIRE(dialog);
  REQUIRE(test::waitUntil([&] { return dialog->preview().has_value() && !dialog->isBusy(); }, kGenerous));
  CHECK(dialog->options().searchIndexing == SearchIndexing::AfterImport);
  QSignalSpy imported(dialog, &ui::ImportDialog::imported);
  bool indexingAfterImport = false;  // connected after the main window's own handler
  QObject::connect(dialog, &ui::ImportDialog::imported, &window,
                   [&] { indexingAfterImport = window.searchIndexer()->isRunning(); });
  QSignalSpy indexed(window.searchIndexer(), &ui::SearchIndexer::finished);
  dialog->startImport();
  REQUIRE(test::waitUntil([&] { return !imported.isEmpty(); }, kGenerous));
  CHECK(indexingAfterImport);
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 6300; }, kGenerous));
  REQUIRE(test::waitUntil([&] { return !indexed.isEmpty(); }, kGenerous));
  CHECK(indexed.front().front().toLongLong() == 6000);  // the import's rows, indexed here and not in the import
  CHECK(window.indexingStatus().isEmpty());
  CHECK(waiting(db) == 0);
  CHECK(indexIntact(db));
  window.productsPane()->searchEdit()->setText(QStringLiteral("不锈钢保温杯 5996"));
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 1; }, kGenerous));
}
