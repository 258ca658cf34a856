// After a generation for the product shown, its row in the products table and the line above the
// copy editor say it has copy, without anything else reloading them (issue 12, a newcomer's trip).
#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTableView>

#include "tests/support/fake_server_process.h"
#include "tests/ui/generation_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/template_editor.h"

using namespace copydesk;

namespace {

QString statusOf(ui::ProductTableModel& model, int row) {
  return model.data(model.index(row, ui::ProductTableModel::StatusColumn)).toString();
}

}  // namespace

TEST_CASE("generating variants for a product updates its row's status and the copy editor's draft line") {
  test::FakeServerProcess server;
  test::GenerationFixture s(server, 3, {{"Fake", "COPYDESK_TEST_REFRESH_KEY", "sk-refresh"}});
  ui::MainWindow window(test::quietWindow(s.path));
  window.show();
  auto* products = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 3 && products->isRowLoaded(1); }));
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));

  window.productsPane()->view()->selectRow(1);
  const std::int64_t productId = products->productId(1);
  auto* editor = window.findChild<ui::CopyEditorPane*>("copyEditor");
  REQUIRE(editor);
  REQUIRE(test::waitUntil([&] { return editor->productId() == productId && editor->snapshot().has_value(); }));
  CHECK(editor->headingText().contains("no draft for this field yet"));
  CHECK(statusOf(*products, 1) == "no copy");

  ui::GenerationPane* pane = window.generationPane();
  REQUIRE(test::waitUntil([&] { return pane->profilesLoaded(); }));
  pane->setCheckedProfiles({"Fake"});
  pane->setModels("fake-small");
  pane->setVariants(3);
  REQUIRE(test::waitUntil([&] { return pane->canGenerate(); }));
  QSignalSpy finished(pane, &ui::GenerationPane::generationFinished);
  pane->generateAction()->trigger();
  REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 20000));
  REQUIRE(s.drafts().size() == 3);

  // Nothing else is touched: the row and the editor catch up by themselves.
  REQUIRE(test::waitUntil([&] { return statusOf(*products, 1) == "draft"; }));
  CHECK(statusOf(*products, 0) == "no copy");
  REQUIRE(test::waitUntil([&] { return editor->draftId() != 0; }));
  CHECK_FALSE(editor->headingText().contains("no draft for this field yet"));
  CHECK(editor->headingText().contains(QString("copy #%1").arg(editor->draftId())));
}

TEST_CASE("text typed by hand is not replaced when a generation for the product finishes") {
  test::FakeServerProcess server;
  test::GenerationFixture s(server, 1, {{"Fake", "COPYDESK_TEST_REFRESH_KEY", "sk-refresh"}});
  ui::MainWindow window(test::quietWindow(s.path));
  window.show();
  auto* products = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 1 && products->isRowLoaded(0); }));
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));
  window.productsPane()->view()->selectRow(0);
  auto* editor = window.findChild<ui::CopyEditorPane*>("copyEditor");
  REQUIRE(test::waitUntil([&] { return editor->productId() == products->productId(0) && editor->snapshot().has_value(); }));
  editor->setWorkingText("Written by hand, not saved yet.");

  ui::GenerationPane* pane = window.generationPane();
  REQUIRE(test::waitUntil([&] { return pane->profilesLoaded(); }));
  pane->setCheckedProfiles({"Fake"});
  pane->setModels("fake-small");
  pane->setVariants(1);
  REQUIRE(test::waitUntil([&] { return pane->canGenerate(); }));
  QSignalSpy finished(pane, &ui::GenerationPane::generationFinished);
  pane->generateAction()->trigger();
  REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 20000));
  REQUIRE(test::waitUntil([&] { return statusOf(*products, 0) == "draft"; }));
  CHECK(editor->workingText() == "Written by hand, not saved yet.");
  CHECK(editor->draftId() == 0);
}
