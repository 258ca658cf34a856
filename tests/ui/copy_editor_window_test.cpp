#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_counters.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/diff/diff_view.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"

using namespace copydesk;

TEST_CASE("the Write page holds the copy editor: products and chosen variants reach it") {
  test::TempDir dir;
  const auto path = dir / "write.db";
  std::int64_t working = 0;
  std::int64_t variant = 0;
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 30);
    working = test::addDraft(**db, "SKU-00001", "draft");
    auto product = ProductStore(**db).findBySku("SKU-00002");
    REQUIRE(product);
    REQUIRE(*product);
    NewDraft draft;
    draft.productId = (**product).id;
    draft.field = "title";
    draft.model = "qwen2.5";
    draft.text = "Bamboo cutting board — 西湖 edition, hand-finished";
    auto created = DraftStore(**db).create(draft);
    REQUIRE(created);
    variant = created->id;
    REQUIRE(DraftStore(**db).setWorking(working));
  }
  ui::MainWindow window(test::quietWindow(path));
  window.show();

  auto* editor = window.copyEditor();
  REQUIRE(editor);
  CHECK(window.findChild<ui::CopyEditorPane*>("copyEditor") == editor);
  auto* splitter = window.findChild<QSplitter*>("writeSplitter");
  REQUIRE(splitter);
  CHECK(splitter->indexOf(editor) > splitter->indexOf(window.generationPane()));  // below the columns

  auto* products = window.productsPane();
  REQUIRE(test::waitUntil([&] { return products->model()->rowCount() == 30; }));
  const auto shot = [](const char* name) {
    return QString::fromStdString((std::filesystem::temp_directory_path() / name).string());
  };
  CHECK(window.grab().save(shot("copydesk-write-empty.png")));  // for looking at: nothing chosen yet
  QSignalSpy loaded(editor, &ui::CopyEditorPane::loaded);
  products->view()->selectRow(0);  // SKU-00001
  REQUIRE(test::waitUntil([&] { return !loaded.isEmpty(); }));
  CHECK(loaded.last().at(0).toLongLong() == working);
  CHECK(editor->workingText() == "Copy for SKU-00001");

  // "Use this variant" in the generation columns makes that draft the working copy here.
  emit window.generationPane()->variantChosen(variant);
  REQUIRE(test::waitUntil([&] { return loaded.count() == 2; }));
  CHECK(editor->draftId() == variant);
  CHECK(editor->workingText() == "Bamboo cutting board — 西湖 edition, hand-finished");
  editor->setWorkingText("Bamboo cutting board — 西湖 edition, hand-finished, oiled with linseed, 40 cm");
  editor->workingEdit()->setFocus();

  window.resize(1500, 950);
  // The diff follows the typing after a short pause.
  REQUIRE(test::waitUntil([&] { return editor->diffView()->summaryText().contains("1 insertion"); }));
  // For looking at: the Write page with a draft loaded (not compared with anything).
  CHECK(window.grab().save(shot("copydesk-write-page.png")));
  QPalette dark;
  dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
  dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
  dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
  dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
  dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
  dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
  window.setPalette(dark);
  QApplication::processEvents();
  CHECK(window.grab().save(shot("copydesk-write-page-dark.png")));
}
