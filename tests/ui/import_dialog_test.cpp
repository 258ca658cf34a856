#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUrl>

#include <catch2/catch.hpp>

#include "core/store/product_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/import/column_mapping_model.h"
#include "ui/import/import_dialog.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

std::filesystem::path sample(const std::string& name) { return test::sharedDir() / "samples" / name; }

bool previewAndWait(ui::ImportDialog& dialog) {
  QSignalSpy shown(&dialog, &ui::ImportDialog::previewShown);
  QSignalSpy failed(&dialog, &ui::ImportDialog::previewFailed);
  return test::waitUntil([&] { return (!shown.isEmpty() || !failed.isEmpty()) && !dialog.isBusy(); });
}

int target(ProductField field) { return static_cast<int>(field); }

}  // namespace

TEST_CASE("import dialog: the shared samples preview with their detected format and first rows") {
  test::TempDir dir;
  ui::StoreThread store(dir / "i.db");
  struct Case {
    std::string file;
    CatalogFormat format;
    QString label;
    std::string skuColumn;
  };
  for (const Case& c : {Case{"shopify_product_template.csv", CatalogFormat::Shopify, "Shopify", "Handle"},
                        Case{"woocommerce_sample_products.csv", CatalogFormat::WooCommerce, "WooCommerce", "SKU"}}) {
    INFO(c.file);
    ui::ImportDialog dialog(store, sample(c.file));
    REQUIRE(previewAndWait(dialog));
    REQUIRE(dialog.preview());
    CHECK(dialog.preview()->format == c.format);
    CHECK(dialog.detectedLabel()->text().contains(c.label));
    CHECK(dialog.detectedLabel()->text().contains("comma"));
    // The first rows, under the file's own header.
    const auto* rows = dialog.rowsView()->model();
    CHECK(rows->rowCount() == static_cast<int>(dialog.preview()->rows.size()));
    CHECK(rows->rowCount() > 5);
    CHECK(rows->rowCount() <= ui::ImportDialog::kPreviewRows);
    CHECK(rows->columnCount() == static_cast<int>(dialog.preview()->header.size()));
    CHECK(rows->headerData(0, Qt::Horizontal).toString() == QString::fromStdString(dialog.preview()->header[0]));
    // The mapping is shown, but this layout's columns are fixed.
    auto* mapping = dialog.mappingModel();
    const int skuRow = mapping->rowOfColumn(c.skuColumn);
    REQUIRE(skuRow >= 0);
    CHECK(mapping->target(skuRow) == target(ProductField::Sku));
    CHECK_FALSE(mapping->isEditable());
    CHECK_FALSE(mapping->flags(mapping->index(skuRow, ui::ColumnMappingModel::TargetColumn)) & Qt::ItemIsEditable);
    CHECK(dialog.problemLabel()->isHidden());
    CHECK(dialog.importButton()->isEnabled());
  }
}

TEST_CASE("import dialog: an edited mapping for a generic CSV changes what is stored") {
  test::TempDir dir;
  test::writeFile(dir / "kettles.csv", "code,name,blurb,internal note\nK1,Kettle,Boils water fast,do not publish\n");
  ui::StoreThread store(dir / "i.db");
  ui::ImportDialog dialog(store, dir / "kettles.csv");
  QAbstractItemModelTester tester(dialog.mappingModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);  // filled, edited, kept
  dialog.show();
  REQUIRE(previewAndWait(dialog));
  CHECK(dialog.preview()->format == CatalogFormat::Generic);
  auto* mapping = dialog.mappingModel();
  REQUIRE(mapping->isEditable());
  CHECK(mapping->target(0) == target(ProductField::Sku));    // code
  CHECK(mapping->target(1) == target(ProductField::Title));  // name
  CHECK(mapping->target(2) == ui::ColumnMappingModel::kAttribute);
  // Every target can be chosen from a drop-down right in the table.
  CHECK(dialog.mappingView()->findChildren<QComboBox*>("mappingChoice").size() == 4);

  // blurb becomes the description, the internal note is left out.
  REQUIRE(mapping->setData(mapping->index(2, ui::ColumnMappingModel::TargetColumn), target(ProductField::Description)));
  REQUIRE(previewAndWait(dialog));
  REQUIRE(mapping->setData(mapping->index(3, ui::ColumnMappingModel::TargetColumn), ui::ColumnMappingModel::kIgnore));
  REQUIRE(previewAndWait(dialog));
  REQUIRE(dialog.preview()->products.size() == 1);
  CHECK(dialog.preview()->products[0].description == "Boils water fast");
  CHECK(mapping->target(2) == target(ProductField::Description));  // kept across the new preview

  QSignalSpy imported(&dialog, &ui::ImportDialog::imported);
  QSignalSpy importFailed(&dialog, &ui::ImportDialog::importFailed);
  REQUIRE(dialog.importButton()->isEnabled());
  dialog.importButton()->click();
  REQUIRE(test::waitUntil([&] { return !imported.isEmpty() || !importFailed.isEmpty(); }));
  INFO(dialog.problemLabel()->text().toStdString());
  REQUIRE(imported.size() == 1);
  CHECK(dialog.resultLabel()->text().contains("1 new"));
  CHECK_FALSE(dialog.importButton()->isEnabled());  // once only

  store.waitForIdle();
  auto db = Database::open(dir / "i.db");
  REQUIRE(db);
  auto kettle = ProductStore(**db).findBySku("K1");
  REQUIRE(kettle);
  REQUIRE(kettle->has_value());
  CHECK((*kettle)->title == "Kettle");
  CHECK((*kettle)->description == "Boils water fast");
  CHECK_FALSE((*kettle)->attributes.contains("blurb"));
  CHECK_FALSE((*kettle)->attributes.contains("internal note"));
}

TEST_CASE("import dialog: a broken file names the file and the line") {
  test::TempDir dir;
  test::writeFile(dir / "no-sku.csv", "sku,title\nA1,Alpha\n,Missing its SKU\n");
  test::writeFile(dir / "open-quote.csv", "sku,title\nA1,Alpha\nA2,\"never closed\n");
  ui::StoreThread store(dir / "i.db");

  ui::ImportDialog noSku(store, dir / "no-sku.csv");
  REQUIRE(previewAndWait(noSku));
  INFO(noSku.problemLabel()->text().toStdString());
  CHECK(noSku.problemLabel()->text().contains(QString::fromStdString((dir / "no-sku.csv").string()) + ":3: "));
  CHECK(noSku.problemLabel()->text().contains("no SKU"));
  // The preview's rows are numbered by file line, and the line at fault stands out.
  const auto* rows = noSku.rowsView()->model();
  REQUIRE(rows->rowCount() == 2);
  CHECK(rows->headerData(0, Qt::Vertical).toString() == "2");
  CHECK(rows->headerData(1, Qt::Vertical).toString() == "3");
  CHECK(rows->index(1, 1).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
  CHECK(rows->index(0, 1).data(Qt::BackgroundRole).isNull());
  CHECK_FALSE(noSku.problemLabel()->isHidden());
  CHECK_FALSE(noSku.importButton()->isEnabled());

  ui::ImportDialog openQuote(store, dir / "open-quote.csv");
  REQUIRE(previewAndWait(openQuote));
  INFO(openQuote.problemLabel()->text().toStdString());
  CHECK(openQuote.problemLabel()->text().contains(QString::fromStdString((dir / "open-quote.csv").string()) + ":3: "));
  CHECK_FALSE(openQuote.importButton()->isEnabled());
}

TEST_CASE("import dialog: File → Import catalog… and a file dropped on the window open it; the products reload") {
  test::TempDir dir;
  test::writeFile(dir / "teas.csv", "货号,名称,价格\nTEA-1,西湖龙井,88\nTEA-2,白毫银针,120\n");
  {
    auto db = Database::open(dir / "w.db");
    REQUIRE(db);
    test::fillProducts(**db, 3);
  }
  ui::MainWindow window(test::quietWindow(dir / "w.db"));
  window.show();
  auto* products = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 3; }));

  QAction* import = nullptr;
  for (QAction* menu : window.menuBar()->actions()) {
    for (QAction* action : menu->menu() ? menu->menu()->actions() : QList<QAction*>{}) {
      if (action->shortcut() == QKeySequence("Ctrl+I")) import = action;
    }
  }
  REQUIRE(import);
  CHECK(import->text().contains("Import catalog"));

  // A dragged catalog file is welcome; anything else is not.
  QMimeData other;
  other.setUrls({QUrl::fromLocalFile(QString::fromStdString((dir / "w.db").string()))});
  QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(&window, &refused);
  CHECK_FALSE(refused.isAccepted());
  QMimeData data;
  data.setUrls({QUrl::fromLocalFile(QString::fromStdString((dir / "teas.csv").string()))});
  QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(&window, &enter);
  CHECK(enter.isAccepted());
  QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
  QCoreApplication::sendEvent(&window, &drop);

  auto* dialog = window.findChild<ui::ImportDialog*>();
  REQUIRE(dialog);
  CHECK(dialog->path() == dir / "teas.csv");
  REQUIRE(previewAndWait(*dialog));
  CHECK(dialog->preview()->format == CatalogFormat::Generic);
  CHECK(dialog->rowsView()->model()->rowCount() == 2);
  dialog->importButton()->click();
  // The products pane shows the new products once the import is done.
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 5; }));
  CHECK(dialog->hasImported());
  dialog->close();
}

// Not run by ctest (hidden): pictures of the import dialog, to look at.
TEST_CASE("import dialog: screenshots", "[.screenshots]") {
  test::TempDir dir;
  test::writeFile(dir / "teas.csv", "货号,名称,描述,产地,内部备注\nTEA-1,西湖龙井,明前新茶，清香,杭州,勿公开\n"
                                    "TEA-2,白毫银针,福鼎白茶,福建,\n,缺货号的一行,,,\n");
  ui::StoreThread store(dir / "i.db");
  ui::ImportDialog generic(store, dir / "teas.csv");
  generic.show();
  REQUIRE(previewAndWait(generic));
  auto* mapping = generic.mappingModel();
  REQUIRE(mapping->setTarget(4, ui::ColumnMappingModel::kIgnore));
  REQUIRE(previewAndWait(generic));
  QCoreApplication::processEvents();
  CHECK(generic.grab().save("/tmp/import-generic.png"));

  ui::ImportDialog shopify(store, sample("woocommerce_sample_products.csv"));
  shopify.show();
  REQUIRE(previewAndWait(shopify));
  QCoreApplication::processEvents();
  CHECK(shopify.grab().save("/tmp/import-woocommerce.png"));
}
