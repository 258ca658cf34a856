#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

#include <catch2/catch.hpp>

#include "core/diff/text_diff.h"
#include "core/store/draft_store.h"
#include "core/store/generation_store.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/diff/diff_view.h"
#include "ui/history/history_page.h"
#include "ui/history/history_table_model.h"
#include "ui/history/template_versions_dialog.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/store_thread.h"
#include "ui/template_list_model.h"
#include "ui/templates_pane.h"

using namespace copydesk;

namespace {

constexpr const char* kFirstText = "龙井绿茶，清香怡人。";
constexpr const char* kEditedText = "龙井绿茶，清香怡人，回味甘甜。";

// Products SKU-00001… (fillProducts); SKU-00002 has a generation that made a draft, a failed
// generation and an edit; SKU-00003 a hand-written draft. The template has two versions.
struct HistoryStore {
  test::TempDir dir;
  std::filesystem::path path = dir / "history.db";
  std::int64_t teaId = 0;
  std::int64_t cupId = 0;
  std::int64_t draftId = 0;

  HistoryStore() {
    auto opened = Database::open(path);
    REQUIRE(opened);
    Database& db = **opened;
    test::fillProducts(db, 5);
    ProductStore products(db);
    teaId = (*products.findBySku("SKU-00002"))->id;
    cupId = (*products.findBySku("SKU-00003"))->id;
    PromptTemplate prompt;
    prompt.name = "description-zh";
    prompt.systemPart = "你是电商文案。";
    prompt.userPart = "介绍 {{title}}。";
    REQUIRE(TemplateStore(db).save(prompt, "ann"));
    prompt.userPart = "用温和的语气介绍 {{title}}。";
    auto version = TemplateStore(db).save(prompt, "ann");
    REQUIRE(version);

    Generation ok;
    ok.productId = teaId;
    ok.templateVersionId = version->id;
    ok.field = "description";
    ok.provider = "local";
    ok.model = "qwen2.5";
    ok.parameters = {{"temperature", 0.7}};
    ok.systemPrompt = "你是电商文案。";
    ok.userPrompt = "用温和的语气介绍 Product 2。";
    ok.output = kFirstText;
    ok.inputTokens = 120;
    ok.outputTokens = 48;
    ok.cost = 0.0012;
    ok.latencyMs = 850;
    ok.startedAt = "2026-01-01T10:00:00.000Z";
    auto okId = GenerationStore(db).insert(ok);
    REQUIRE(okId);
    Generation failed = ok;
    failed.output.clear();
    failed.outcome = GenerationOutcome::Failed;
    failed.error = "HTTP 429: rate limited";
    failed.inputTokens.reset();
    failed.outputTokens.reset();
    failed.cost.reset();
    failed.latencyMs = 240;
    failed.startedAt = "2026-01-01T10:05:00.000Z";
    REQUIRE(GenerationStore(db).insert(failed));

    DraftStore drafts(db);
    auto draft = drafts.create({.productId = teaId, .field = "description", .templateVersionId = version->id,
                                .generationId = *okId, .model = "qwen2.5", .text = kFirstText, .author = "ann"});
    REQUIRE(draft);
    draftId = draft->id;
    REQUIRE(drafts.editText(draftId, kEditedText, "lin"));
    REQUIRE(drafts.create({.productId = cupId, .field = "title", .text = "Bamboo cup", .author = "ann"}));
  }
};

bool reloadAndWait(ui::HistoryPage& page, const std::function<void()>& change) {
  QSignalSpy loaded(&page, &ui::HistoryPage::loaded);
  change();
  return test::waitUntil([&] { return !loaded.isEmpty() && !page.isLoading(); });
}

QStringList column(const ui::HistoryTableModel& model, int column) {
  QStringList values;
  for (int row = 0; row < model.rowCount(); ++row) values << model.index(row, column).data().toString();
  return values;
}

}  // namespace

TEST_CASE("history: the page follows the current product, shows the whole catalog, and searches in Chinese") {
  HistoryStore store;
  ui::MainWindow window(test::quietWindow(store.path));
  window.resize(1400, 900);
  window.show();
  ui::HistoryPage* page = window.historyPage();
  REQUIRE(page);
  auto* products = window.productsPane();
  REQUIRE(test::waitUntil([&] { return products->model()->rowCount() == 5; }));

  // Until a product is chosen, the whole catalog's history.
  auto* model = page->model();
  QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);  // every reload below
  REQUIRE(reloadAndWait(*page, [&] { page->reload(); }));
  CHECK(model->rowCount() == 5);
  // Choosing a product in the products pane shows its history.
  REQUIRE(reloadAndWait(*page, [&] { products->view()->selectRow(1); }));  // SKU-00002
  REQUIRE(model->rowCount() == 4);
  CHECK(column(*model, ui::HistoryTableModel::ProductColumn) == QStringList(4, "SKU-00002"));
  CHECK(column(*model, ui::HistoryTableModel::EntryColumn).at(0).contains("version 2"));
  // What made each entry: the template version, the model, the parameters, tokens, cost, time.
  CHECK(column(*model, ui::HistoryTableModel::TemplateColumn) == QStringList(4, "description-zh v2"));
  const int generationRow = 3;
  CHECK(model->index(generationRow, ui::HistoryTableModel::ModelColumn).data().toString() == "qwen2.5 · local");
  CHECK(model->index(generationRow, ui::HistoryTableModel::ParametersColumn).data().toString() == "temperature 0.7");
  CHECK(model->index(generationRow, ui::HistoryTableModel::TokensColumn).data().toString() == "120 → 48");
  CHECK(model->index(generationRow, ui::HistoryTableModel::CostColumn).data().toString() == "$0.00120");
  CHECK(model->index(generationRow, ui::HistoryTableModel::TimeColumn).data().toString() == "0.85 s");
  CHECK(model->index(2, ui::HistoryTableModel::OutcomeColumn).data().toString() == "failed: HTTP 429: rate limited");

  REQUIRE(reloadAndWait(*page, [&] { products->view()->selectRow(2); }));  // SKU-00003
  CHECK(model->rowCount() == 1);

  // Across the catalog: every product's entries, and the product pane no longer narrows them.
  REQUIRE(reloadAndWait(*page, [&] { page->catalogWideBox()->setChecked(true); }));
  CHECK(model->rowCount() == 5);
  products->view()->selectRow(0);
  QCoreApplication::processEvents();
  CHECK(model->rowCount() == 5);

  // Full text, Chinese included, over every version.
  REQUIRE(reloadAndWait(*page, [&] { page->searchEdit()->setText("回味甘甜"); }));
  CHECK(model->rowCount() == 1);
  REQUIRE(reloadAndWait(*page, [&] { page->searchEdit()->setText("龙井绿茶"); }));
  CHECK(model->rowCount() == 3);
  REQUIRE(reloadAndWait(*page, [&] { page->searchEdit()->setText("rate limited"); }));
  CHECK(model->rowCount() == 1);
}

TEST_CASE("history: an entry shows its full text and the prompt as sent; two entries compare") {
  HistoryStore store;
  ui::StoreThread thread(store.path);
  ui::HistoryPage page(thread);
  page.resize(1200, 800);
  REQUIRE(reloadAndWait(page, [&] { page.setProduct(store.teaId); }));
  REQUIRE(page.model()->rowCount() == 4);

  page.selectRows({3});  // the generation
  CHECK(page.textView()->toPlainText() == kFirstText);
  REQUIRE(test::waitUntil([&] { return page.promptView()->toPlainText().contains("用温和的语气介绍 Product 2。"); }));
  CHECK(page.promptView()->toPlainText().contains("你是电商文案。"));
  CHECK(page.restoreButton()->isEnabled());
  CHECK_FALSE(page.compareButton()->isEnabled());

  page.selectRows({2});  // the failed generation: its reason, nothing to restore
  CHECK_FALSE(page.restoreButton()->isEnabled());

  page.selectRows({0, 3});  // the latest version and the generation's output
  REQUIRE(page.compareButton()->isEnabled());
  CHECK_FALSE(page.restoreButton()->isEnabled());
  page.compareButton()->click();
  CHECK(page.detailTabs()->currentWidget() == page.diffView());
  const auto& segments = page.diffView()->segments();
  CHECK(beforeText(segments) == kFirstText);  // the older entry on the left
  CHECK(afterText(segments) == kEditedText);
  CHECK(std::any_of(segments.begin(), segments.end(),
                    [](const DiffSegment& s) { return s.kind == DiffKind::Insert; }));
}

TEST_CASE("history: restoring an earlier text makes it the copy editor's working text") {
  HistoryStore store;
  ui::MainWindow window(test::quietWindow(store.path));
  window.show();
  ui::HistoryPage* page = window.historyPage();
  REQUIRE(test::waitUntil([&] { return window.productsPane()->model()->rowCount() == 5; }));
  REQUIRE(reloadAndWait(*page, [&] { window.productsPane()->view()->selectRow(1); }));
  REQUIRE(page->model()->rowCount() == 4);
  QSignalSpy restore(page, &ui::HistoryPage::restoreRequested);
  page->selectRows({1});  // the draft's first text
  page->restoreButton()->click();
  REQUIRE(restore.size() == 1);
  CHECK(restore.front().at(0).toLongLong() == store.draftId);
  CHECK(restore.front().at(1).toString() == kFirstText);

  ui::CopyEditorPane* editor = window.copyEditor();
  REQUIRE(test::waitUntil([&] { return editor->draftId() == store.draftId && editor->workingText() == kFirstText; }));
  CHECK(editor->hasUnsavedEdits());  // restoring is an edit to save, never a silent rewrite
}

TEST_CASE("history: two template versions compare, and restoring one saves it as a new version") {
  HistoryStore store;
  ui::StoreThread thread(store.path);
  ui::TemplateVersionsDialog dialog(thread, "description-zh");
  QSignalSpy loaded(&dialog, &ui::TemplateVersionsDialog::loaded);
  REQUIRE(test::waitUntil([&] { return !loaded.isEmpty(); }));
  REQUIRE(dialog.versions().size() == 2);
  // Version 1 against the latest by default.
  CHECK(dialog.beforeCombo()->currentIndex() == 0);
  CHECK(dialog.afterCombo()->currentIndex() == 1);
  CHECK(beforeText(dialog.userDiff()->segments()) == "介绍 {{title}}。");
  CHECK(afterText(dialog.userDiff()->segments()) == "用温和的语气介绍 {{title}}。");
  CHECK(beforeText(dialog.systemDiff()->segments()) == afterText(dialog.systemDiff()->segments()));
  CHECK(dialog.settingsLabel()->text().contains("the same"));

  REQUIRE(dialog.restoreButton()->isEnabled());
  QSignalSpy restored(&dialog, &ui::TemplateVersionsDialog::restored);
  dialog.restoreButton()->click();
  REQUIRE(test::waitUntil([&] { return !restored.isEmpty(); }));

  auto db = Database::open(store.path);
  REQUIRE(db);
  auto versions = TemplateStore(**db).versions("description-zh");
  REQUIRE(versions);
  REQUIRE(versions->size() == 3);  // history is never rewritten: the old text is version 3 now
  CHECK((*versions)[2].prompt.userPart == "介绍 {{title}}。");
  CHECK((*versions)[2].note == "restored from version 1");
  CHECK((*versions)[1].prompt.userPart == "用温和的语气介绍 {{title}}。");
  // The latest is now the restored text: restoring it again would only copy it.
  CHECK(dialog.afterCombo()->currentIndex() == 2);
}

TEST_CASE("history: the templates pane opens the version comparison and shows a restored version") {
  HistoryStore store;
  ui::MainWindow window(test::quietWindow(store.path));
  window.show();
  auto* templates = window.templatesPane();
  REQUIRE(test::waitUntil([&] { return templates->model()->rowCount() == 1; }));
  REQUIRE(test::waitUntil([&] { return templates->view()->currentIndex().isValid(); }));
  ui::TemplateVersionsDialog* dialog = window.openTemplateVersions();
  REQUIRE(dialog);
  REQUIRE(test::waitUntil([&] { return dialog->versions().size() == 2; }));
  dialog->restoreButton()->click();
  // The pane lists the new version and opens it.
  REQUIRE(test::waitUntil([&] {
    const TemplateVersion* current = templates->model()->versionAt(templates->view()->currentIndex());
    return current && current->version == 3;
  }));
  dialog->close();
}

// Not run by ctest (hidden): pictures of the History page, the version comparison and the import
// dialog, to look at. history_ui_tests "[.screenshots]" writes them to /tmp.
TEST_CASE("history: screenshots", "[.screenshots]") {
  HistoryStore store;
  ui::StoreThread thread(store.path);
  ui::HistoryPage page(thread);
  page.resize(1300, 760);
  page.show();
  REQUIRE(reloadAndWait(page, [&] { page.setCatalogWide(true); }));
  page.selectRows({1, 4});
  page.compareSelected();
  QCoreApplication::processEvents();
  CHECK(page.grab().save("/tmp/history-page-compare.png"));
  page.selectRows({3});
  REQUIRE(test::waitUntil([&] { return !page.promptView()->toPlainText().isEmpty(); }));
  page.detailTabs()->setCurrentWidget(page.promptView());
  QCoreApplication::processEvents();
  CHECK(page.grab().save("/tmp/history-page-prompt.png"));
  page.selectRows({2});
  QCoreApplication::processEvents();
  CHECK(page.grab().save("/tmp/history-page-failed.png"));

  ui::TemplateVersionsDialog versions(thread, "description-zh");
  versions.show();
  REQUIRE(test::waitUntil([&] { return versions.versions().size() == 2; }));
  QCoreApplication::processEvents();
  CHECK(versions.grab().save("/tmp/history-template-versions.png"));
}
