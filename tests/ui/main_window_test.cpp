#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>

#include <catch2/catch.hpp>

#include "core/store/template_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/rendered_prompt_view.h"
#include "ui/store_thread.h"
#include "ui/template_editor.h"
#include "ui/template_list_model.h"
#include "ui/templates_pane.h"

using namespace copydesk;

namespace {

ui::MainWindowOptions optionsFor(const std::filesystem::path& db) {
  ui::MainWindowOptions options;
  options.database = db;
  options.seedOnOpen = false;
  options.probeProvider = false;
  return options;
}

void seedSmallStore(const std::filesystem::path& path) {
  auto db = Database::open(path);
  REQUIRE(db);
  test::fillProducts(**db, 300);
  PromptTemplate prompt;
  prompt.name = "description";
  prompt.systemPart = "You write shop copy.";
  prompt.userPart = "Describe {{title}}.";
  REQUIRE(TemplateStore(**db).save(prompt, "ann"));
}

}  // namespace

TEST_CASE("the main window names its database and shows products and templates") {
  test::TempDir dir;
  seedSmallStore(dir / "shop-catalog.db");
  ui::MainWindow window(optionsFor(dir / "shop-catalog.db"));
  CHECK(window.windowTitle().contains("shop-catalog.db"));
  window.show();

  auto* products = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 300; }));
  auto* templates = window.templatesPane()->model();
  REQUIRE(test::waitUntil([&] { return templates->rowCount() == 1; }));
  // The first template opens in the editor, and its text reaches the prompt pane.
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));
  CHECK(window.templateEditor()->userEdit()->toPlainText() == "Describe {{title}}.");
  REQUIRE(test::waitUntil([&] { return window.promptView()->userText().contains("Describe"); }));

  QStringList docks;
  for (auto* dock : window.findChildren<QDockWidget*>()) docks << dock->objectName();
  docks.sort();
  CHECK(docks == QStringList{"productsDock", "promptDock", "templatesDock", "variablesDock"});
}

TEST_CASE("typing in the search box filters the products after a short pause") {
  test::TempDir dir;
  seedSmallStore(dir / "search.db");
  ui::MainWindow window(optionsFor(dir / "search.db"));
  auto* model = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 300; }));
  window.productsPane()->searchEdit()->setText("bamboo");
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 30; }));
  window.productsPane()->searchEdit()->clear();
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 300; }));
}

TEST_CASE("saving an edited template makes a new version and selects it") {
  test::TempDir dir;
  seedSmallStore(dir / "edit.db");
  ui::MainWindow window(optionsFor(dir / "edit.db"));
  ui::TemplateEditor* editor = window.templateEditor();
  REQUIRE(test::waitUntil([&] { return editor->hasTemplate(); }));
  CHECK_FALSE(editor->isModified());
  editor->userEdit()->setPlainText("Describe {{title}} in two sentences.");
  CHECK(editor->isModified());
  auto* save = editor->findChild<QPushButton*>();
  REQUIRE(save);
  emit editor->saveRequested(editor->currentTemplate(), "shorter");
  REQUIRE(test::waitUntil([&] { return editor->version().version == 2 && !editor->isModified(); }));

  auto db = Database::open(dir / "edit.db");
  REQUIRE(db);
  auto latest = TemplateStore(**db).latest("description");
  REQUIRE(latest);
  REQUIRE(latest->has_value());
  CHECK((*latest)->version == 2);
  CHECK((*latest)->prompt.userPart == "Describe {{title}} in two sentences.");
  CHECK((*latest)->note == "shorter");
  REQUIRE(test::waitUntil([&] { return window.templatesPane()->model()->rowCount(window.templatesPane()->model()->index(0, 0)) == 2; }));
}

TEST_CASE("the dock layout is remembered between windows") {
  test::TempDir dir;
  {
    ui::MainWindow window(optionsFor(dir / "layout.db"));
    window.show();
    auto* dock = window.findChild<QDockWidget*>("templatesDock");
    REQUIRE(dock);
    dock->hide();
    window.close();
  }
  ui::MainWindow again(optionsFor(dir / "layout.db"));
  again.show();
  auto* dock = again.findChild<QDockWidget*>("templatesDock");
  REQUIRE(dock);
  CHECK(dock->isHidden());
  dock->show();
  again.close();
}

TEST_CASE("a new database opens seeded with the sample catalog and the default templates") {
  test::TempDir dir;
  ui::MainWindowOptions options = optionsFor(dir / "first-run.db");
  options.seedOnOpen = true;
  ui::MainWindow window(options);
  QSignalSpy opened(&window, &ui::MainWindow::storeOpened);
  REQUIRE(opened.wait(20000));
  CHECK(opened.first().first().toString().startsWith("seeded "));
  auto* products = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() > 0 && !products->isLoading(); }));
  REQUIRE(test::waitUntil([&] { return window.templatesPane()->model()->rowCount() > 0; }));
  const int seededRows = products->rowCount();
  const int seededTemplates = window.templatesPane()->model()->rowCount();

  // Opening it again adds nothing.
  ui::MainWindow again(options);
  QSignalSpy reopened(&again, &ui::MainWindow::storeOpened);
  REQUIRE(reopened.wait(20000));
  CHECK(reopened.first().first().toString() == "the store already has data");
  REQUIRE(test::waitUntil([&] { return again.templatesPane()->model()->rowCount() == seededTemplates; }));
  REQUIRE(test::waitUntil([&] { return again.productsPane()->model()->rowCount() == seededRows; }));
}

TEST_CASE("the prompt pane renders the template for the selected product") {
  test::TempDir dir;
  seedSmallStore(dir / "render.db");
  ui::MainWindow window(optionsFor(dir / "render.db"));
  window.show();
  auto* products = window.productsPane();
  REQUIRE(test::waitUntil([&] { return products->model()->rowCount() == 300; }));
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));
  products->view()->selectRow(9);  // "Product 10 bamboo"
  REQUIRE(test::waitUntil([&] { return window.promptView()->userText() == "Describe Product 10 bamboo."; }));
  CHECK(window.promptView()->systemText() == "You write shop copy.");
  CHECK(window.promptView()->headingText().contains("SKU-00010"));

  // An unknown name is reported; a syntax error keeps the text as written and says where.
  window.templateEditor()->userEdit()->setPlainText("Describe {{titel}}.");
  REQUIRE(test::waitUntil([&] { return window.promptView()->notesText().contains("titel"); }));
  CHECK(window.promptView()->userText() == "Describe .");
  window.templateEditor()->userEdit()->setPlainText("Describe {{#tags}}.");
  REQUIRE(test::waitUntil([&] { return window.promptView()->headingText().contains("has errors"); }));
  CHECK(window.promptView()->userText() == "Describe {{#tags}}.");
  INFO(window.promptView()->notesText().toStdString());
  CHECK(window.promptView()->notesText().startsWith("user part:1:"));
  window.templateEditor()->userEdit()->setPlainText("Describe {{title}}.");  // unmodified again
}

TEST_CASE("choosing another template while editing asks before dropping the edits") {
  test::TempDir dir;
  seedSmallStore(dir / "guard.db");
  {
    auto db = Database::open(dir / "guard.db");
    REQUIRE(db);
    PromptTemplate title;
    title.name = "title";
    title.userPart = "Title for {{title}}";
    REQUIRE(TemplateStore(**db).save(title, "ann"));
  }
  ui::MainWindow window(optionsFor(dir / "guard.db"));
  window.show();
  ui::TemplateEditor* editor = window.templateEditor();
  auto* tree = window.templatesPane()->view();
  auto* model = window.templatesPane()->model();
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 2 && editor->hasTemplate(); }));
  REQUIRE(editor->version().prompt.name == "description");
  editor->userEdit()->setPlainText("changed");

  const auto answerNextQuestion = [](QMessageBox::StandardButton button) {
    QTimer::singleShot(50, [button] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      REQUIRE(box);
      box->button(button)->click();
    });
  };
  answerNextQuestion(QMessageBox::Cancel);
  tree->setCurrentIndex(model->index(1, 0));
  CHECK(editor->version().prompt.name == "description");
  CHECK(editor->userEdit()->toPlainText() == "changed");
  CHECK(tree->currentIndex().data(ui::TemplateListModel::TemplateNameRole).toString() == "description");

  answerNextQuestion(QMessageBox::Discard);
  tree->setCurrentIndex(model->index(1, 0));
  CHECK(editor->version().prompt.name == "title");
  CHECK_FALSE(editor->isModified());
}

TEST_CASE("closing the window with unsaved working copy asks first, and Cancel keeps it open") {
  test::TempDir dir;
  seedSmallStore(dir / "close.db");
  ui::MainWindow window(optionsFor(dir / "close.db"));
  window.show();
  auto* products = window.productsPane()->view();
  REQUIRE(test::waitUntil([&] { return products->model()->rowCount() == 300; }));
  products->selectRow(3);
  auto* working = window.copyEditor()->findChild<QPlainTextEdit*>("workingCopy");
  REQUIRE(working);
  REQUIRE(test::waitUntil([&] { return !working->isReadOnly(); }));
  working->setPlainText("A hand-written line that is not saved yet");
  REQUIRE(window.copyEditor()->hasUnsavedEdits());

  const auto answerNextQuestion = [](QMessageBox::StandardButton button) {
    QTimer::singleShot(50, [button] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      REQUIRE(box);
      CHECK(box->text().contains("working copy"));
      box->button(button)->click();
    });
  };
  answerNextQuestion(QMessageBox::Cancel);
  CHECK_FALSE(window.close());
  CHECK(window.isVisible());
  CHECK(working->toPlainText() == "A hand-written line that is not saved yet");

  answerNextQuestion(QMessageBox::Discard);
  CHECK(window.close());
}

TEST_CASE("the tag filter lists every tag and narrows the products to those that carry it") {
  test::TempDir dir;
  seedSmallStore(dir / "tags.db");
  ui::MainWindow window(optionsFor(dir / "tags.db"));
  auto* pane = window.productsPane();
  auto* model = pane->view()->model();
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 300 && pane->tagCombo()->count() == 2; }));
  CHECK(pane->tagCombo()->itemText(1) == "eco");
  pane->tagCombo()->setCurrentIndex(1);
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 60; }));  // every fifth product
  pane->tagCombo()->setCurrentIndex(0);
  REQUIRE(test::waitUntil([&] { return model->rowCount() == 300; }));
}
