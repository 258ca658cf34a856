// End to end through the main window: pick a product → its rendered prompt → generate against
// fake-llm-server → use a variant → edit the working copy in the copy editor → save; the store
// keeps the draft's new text and its history (the model's text first).
#include <QAction>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

#include <cstdlib>

#include "core/llm/provider_profile_store.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/fake_server_process.h"
#include "tests/support/test_paths.h"
#include "tests/ui/generation_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/generation/generation_pane.h"
#include "ui/generation/variant_column.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/rendered_prompt_view.h"
#include "ui/template_editor.h"

using namespace copydesk;
using copydesk::ui::VariantColumn;

namespace {

constexpr const char* kKeyEnv = "COPYDESK_TEST_E2E_KEY";

// The profile "Fake" on the fake server.
struct Studio : test::GenerationFixture {
  Studio(const test::FakeServerProcess& server, int products)
      : GenerationFixture(server, products, {{"Fake", kKeyEnv, "sk-e2e"}}) {}
};

}  // namespace

TEST_CASE("end to end: pick a product, see its prompt, generate, use a variant, edit and save; the store keeps both") {
  test::FakeServerProcess server({"--chunks", "10", "--stream-ms", "200"});
  Studio s(server, 5);
  ui::MainWindow window(test::quietWindow(s.path));
  window.show();
  auto* products = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 5; }));
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));

  // Pick a product: its rendered prompt shows.
  window.productsPane()->view()->selectRow(2);
  const std::int64_t productId = products->productId(2);
  std::string sku;
  {
    auto db = Database::open(s.path);
    REQUIRE(db);
    auto product = ProductStore(**db).findById(productId);
    REQUIRE(product);
    REQUIRE(product->has_value());
    sku = (*product)->sku;
  }
  REQUIRE(test::waitUntil([&] { return window.promptView()->userText().contains(QString::fromStdString("(SKU " + sku + ")")); }));

  // Generate two variants with the Generate action (Ctrl+Return), against the fake server.
  ui::GenerationPane* pane = window.generationPane();
  REQUIRE(pane);
  REQUIRE(test::waitUntil([&] { return pane->profilesLoaded(); }));
  pane->setCheckedProfiles({"Fake"});
  pane->setModels("fake-small");
  pane->setVariants(2);
  REQUIRE(test::waitUntil([&] { return pane->canGenerate(); }));
  QSignalSpy finished(pane, &ui::GenerationPane::generationFinished);
  pane->generateAction()->trigger();
  REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 20000));
  REQUIRE(pane->columns().size() == 2);
  auto* chosen = pane->columns()[1];
  REQUIRE(chosen->state() == VariantColumn::State::Done);
  const std::int64_t draftId = chosen->draftId();
  const QString modelText = chosen->text();
  CHECK(modelText.contains(QString::fromStdString("(SKU " + sku + ")")));

  // Use it: it becomes the working copy in the copy editor.
  chosen->findChild<QPushButton*>("useVariant")->click();
  auto* editor = window.findChild<ui::CopyEditorPane*>("copyEditor");
  REQUIRE(editor);
  REQUIRE(test::waitUntil([&] { return editor->draftId() == draftId; }));
  auto* working = editor->findChild<QPlainTextEdit*>("workingCopy");
  REQUIRE(working);
  REQUIRE(test::waitUntil([&] { return working->toPlainText() == modelText; }));

  // Edit and save.
  const QString edited = modelText + " Hand-finished: 100% linen, 亚麻.";
  working->selectAll();
  working->insertPlainText(edited);
  QSignalSpy saved(editor, &ui::CopyEditorPane::saved);
  auto* save = editor->findChild<QPushButton*>("saveCopy");
  REQUIRE(save);
  REQUIRE(test::waitUntil([&] { return save->isEnabled(); }));
  save->click();
  REQUIRE(test::waitUntil([&] { return saved.count() == 1; }));

  auto db = Database::open(s.path);
  REQUIRE(db);
  DraftStore drafts(**db);
  auto stored = drafts.get(draftId);
  REQUIRE(stored);
  REQUIRE(stored->has_value());
  const Draft& d = **stored;
  CHECK(d.text == edited.toStdString());
  CHECK(d.productId == productId);
  CHECK(d.variant == 2);
  CHECK(d.templateVersionId == s.version.id);
  auto history = drafts.history(draftId);
  REQUIRE(history);
  REQUIRE(history->size() == 2);
  CHECK((*history)[0].text == modelText.toStdString());  // what the model wrote
  CHECK((*history)[1].text == edited.toStdString());     // the edit
  CHECK(s.drafts().size() == 2);                         // the other variant is kept too
}
