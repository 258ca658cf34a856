#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include "core/store/draft_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/product_table_model.h"
#include "ui/store_thread.h"

using namespace copydesk;
using copydesk::ui::ProductTableModel;

namespace {

constexpr int kProducts = 5000;

// A temp store with kProducts products, shared by the tests of this file (filling it takes a moment).
const std::filesystem::path& catalogDb() {
  static test::TempDir dir;
  static const std::filesystem::path path = [] {
    auto db = Database::open(dir / "catalog.db");
    REQUIRE(db);
    test::fillProducts(**db, kProducts);
    return dir / "catalog.db";
  }();
  return path;
}

void runQuery(ProductTableModel& model, const ProductQuery& query) {
  QSignalSpy finished(&model, &ProductTableModel::queryFinished);
  model.setQuery(query);
  REQUIRE(finished.wait(10000));
}

// Asks for the row (which requests its page) and waits until the page is in.
QVariant loadedData(ProductTableModel& model, int row, int column, int role = Qt::DisplayRole) {
  model.data(model.index(row, column));
  REQUIRE(test::waitUntil([&] { return model.isRowLoaded(row); }));
  return model.data(model.index(row, column), role);
}

}  // namespace

TEST_CASE("the product model counts every product without loading rows") {
  ui::StoreThread store(catalogDb());
  ProductTableModel model(store);
  runQuery(model, {});
  CHECK(model.rowCount() == kProducts);
  CHECK(model.columnCount() == ProductTableModel::ColumnCount);
  CHECK_FALSE(model.isRowLoaded(0));
  CHECK_FALSE(model.isRowLoaded(kProducts - 1));
  CHECK(model.headerData(ProductTableModel::StatusColumn, Qt::Horizontal).toString() == "Status");
}

TEST_CASE("a row far down is paged in on demand with its variant count") {
  ui::StoreThread store(catalogDb());
  ProductTableModel model(store);
  runQuery(model, {});
  const int row = 4321;  // product 4322
  CHECK(model.data(model.index(row, ProductTableModel::TitleColumn)).toString() == "Loading…");
  CHECK(loadedData(model, row, ProductTableModel::TitleColumn).toString() == "Product 4322");
  CHECK(model.data(model.index(row, ProductTableModel::SkuColumn)).toString() == "SKU-04322");
  CHECK(model.data(model.index(row, ProductTableModel::CategoryColumn)).toString() == "Office");  // 4322 % 3 == 2
  CHECK(model.data(model.index(row, ProductTableModel::VariantsColumn)).toInt() == 4322 % 4);
  CHECK(model.productId(row) > 0);
  // Only that page came in, not everything before it.
  CHECK_FALSE(model.isRowLoaded(0));
  CHECK(model.isRowLoaded((row / ProductTableModel::kPageSize) * ProductTableModel::kPageSize));
}

TEST_CASE("searching and filtering by category change the row count") {
  ui::StoreThread store(catalogDb());
  ProductTableModel model(store);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);  // every reset and page checked by Qt's tester
  ProductQuery query;
  query.search = "bamboo";
  runQuery(model, query);
  CHECK(model.rowCount() == kProducts / 10);
  CHECK(loadedData(model, 0, ProductTableModel::TitleColumn).toString() == "Product 10 bamboo");

  query.search = "保温杯";
  runQuery(model, query);
  CHECK(model.rowCount() == kProducts / 25);

  query.search.clear();
  query.category = "Garden";  // i % 3 == 1
  runQuery(model, query);
  CHECK(model.rowCount() == (kProducts + 2) / 3);

  runQuery(model, {});
  CHECK(model.rowCount() == kProducts);
}

TEST_CASE("a newer query supersedes one still running") {
  ui::StoreThread store(catalogDb());
  ProductTableModel model(store);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  QSignalSpy finished(&model, &ProductTableModel::queryFinished);
  ProductQuery bamboo;
  bamboo.search = "bamboo";
  ProductQuery cups;
  cups.search = "保温杯";
  model.setQuery(bamboo);
  model.setQuery(cups);
  REQUIRE(finished.wait(10000));
  store.waitForIdle();
  QCoreApplication::processEvents();
  CHECK(finished.count() == 1);
  CHECK(model.rowCount() == kProducts / 25);
}

TEST_CASE("the status column shows how far each product's copy has come") {
  test::TempDir dir;
  {
    auto db = Database::open(dir / "status.db");
    REQUIRE(db);
    test::fillProducts(**db, 6);
    test::addDraft(**db, "SKU-00002", "draft");
    test::addDraft(**db, "SKU-00003", "submitted");
    test::addDraft(**db, "SKU-00004", "approved");
    test::addDraft(**db, "SKU-00005", "exported");
    test::addDraft(**db, "SKU-00006", "rejected");
    test::addDraft(**db, "SKU-00006", "submitted");  // the furthest one counts
  }
  ui::StoreThread store(dir / "status.db");
  ProductTableModel model(store);
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  runQuery(model, {});
  REQUIRE(model.rowCount() == 6);
  const int status = ProductTableModel::StatusColumn;
  CHECK(loadedData(model, 0, status).toString() == "no copy");
  CHECK(model.data(model.index(1, status)).toString() == "draft");
  CHECK(model.data(model.index(2, status)).toString() == "in review");
  CHECK(model.data(model.index(3, status)).toString() == "approved");
  CHECK(model.data(model.index(4, status)).toString() == "exported");
  CHECK(model.data(model.index(5, status)).toString() == "in review");
  CHECK(model.data(model.index(0, status), ProductTableModel::CopyStatusRole).toInt() ==
        static_cast<int>(CopyStatus::None));

  // A draft written meanwhile shows after a refresh, the old value staying until it arrives.
  {
    auto db = Database::open(dir / "status.db");
    REQUIRE(db);
    test::addDraft(**db, "SKU-00001", "approved");
  }
  model.refreshRows();
  CHECK(model.data(model.index(0, status)).toString() == "no copy");
  CHECK(loadedData(model, 0, status).toString() == "approved");
}

TEST_CASE("page rows keep the order of the ids asked for, missing ids included") {
  test::TempDir dir;
  auto db = Database::open(dir / "rows.db");
  REQUIRE(db);
  test::fillProducts(**db, 3);
  const std::vector<std::int64_t> ids = {3, 999, 1};
  auto rows = loadProductListRows(**db, ids);
  REQUIRE(rows);
  REQUIRE(rows->size() == 3);
  CHECK((*rows)[0].sku == "SKU-00003");
  CHECK((*rows)[0].variants == 3);
  CHECK((*rows)[1].id == 999);
  CHECK((*rows)[1].sku.empty());
  CHECK((*rows)[2].sku == "SKU-00001");
}
