#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTabWidget>
#include <QTextBlock>

#include <catch2/catch.hpp>

#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/editor/diagnostic_underlines.h"
#include "ui/editor/template_assist.h"
#include "ui/editor/variable_completion.h"
#include "ui/main_window.h"
#include "ui/products_pane.h"
#include "ui/rendered_prompt_view.h"
#include "ui/settings/shortcut_overlay.h"
#include "ui/template_editor.h"
#include "ui/variables/variables_pane.h"

using namespace copydesk;

namespace {

// One product with attribute columns, and one template; returns the product's id.
std::int64_t seedStore(const std::filesystem::path& path, const std::string& userPart) {
  auto db = Database::open(path);
  REQUIRE(db);
  Product product;
  product.sku = "TEA-LJ-001";
  product.title = "Longjing green tea";
  product.attributes = Json{{"Material", "tea leaves"}, {"Net Weight", "250 g"}};
  auto id = ProductStore(**db).upsert(product);
  REQUIRE(id);
  PromptTemplate prompt;
  prompt.name = "description";
  prompt.systemPart = "You write shop copy.";
  prompt.userPart = userPart;
  REQUIRE(TemplateStore(**db).save(prompt, "ann"));
  return id->id;
}

// The window with the template open, the product selected and the prompt rendered for it.
void openAndRender(ui::MainWindow& window, std::int64_t productId) {
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));
  QSignalSpy rendered(window.promptView(), &ui::RenderedPromptView::rendered);
  window.promptView()->setProduct(productId);
  REQUIRE(test::waitUntil([&] { return window.promptView()->headingText().contains("TEA-LJ-001"); }));
}

QString underlined(const QTextEdit::ExtraSelection& selection) { return selection.cursor.selectedText(); }

}  // namespace

TEST_CASE("completion after {{ offers the selected product's fields, attribute columns and the variables") {
  test::TempDir dir;
  const auto productId = seedStore(dir / "complete.db", "Describe {{title}}.");
  ui::MainWindow window(test::quietWindow(dir / "complete.db"));
  window.show();
  openAndRender(window, productId);

  QPlainTextEdit* edit = window.templateEditor()->userEdit();
  ui::VariableCompletion* completion = window.templateAssist()->userCompletion();
  const QStringList names = completion->names();
  for (const char* name : {"title", "sku", "price", "attribute_list", "Material", "material", "Net Weight",
                           "net_weight", "brand_voice", "tone"}) {
    INFO(name);
    CHECK(names.contains(name));
  }

  QApplication::setActiveWindow(&window);
  edit->setFocus();
  REQUIRE(test::waitUntil([&] { return edit->hasFocus(); }, 3000));
  edit->moveCursor(QTextCursor::End);
  QTest::keyClicks(edit, " Made of {{mat");
  CHECK(completion->typedPrefix() == "mat");
  QAbstractItemView* popup = completion->completer()->popup();
  REQUIRE(test::waitUntil([&] { return popup->isVisible(); }, 3000));
  QStringList offered;
  for (int row = 0; row < popup->model()->rowCount(); ++row) offered << popup->model()->index(row, 0).data().toString();
  offered.sort();
  CHECK(offered == QStringList{"Material", "material"});
  for (int row = 0; row < popup->model()->rowCount(); ++row) {
    if (popup->model()->index(row, 0).data().toString() == "material") popup->setCurrentIndex(popup->model()->index(row, 0));
  }
  QTest::keyClick(popup, Qt::Key_Return);
  CHECK_FALSE(popup->isVisible());
  CHECK(edit->toPlainText() == "Describe {{title}}. Made of {{material}}");
  REQUIRE(test::waitUntil([&] { return window.promptView()->userText() == "Describe Longjing green tea. Made of tea leaves"; }));
}

TEST_CASE("an unknown variable is underlined in orange where it is written, with its message") {
  test::TempDir dir;
  const auto productId = seedStore(dir / "unknown.db", "Describe {{title}}.\nBy {{titel}} now.");
  ui::MainWindow window(test::quietWindow(dir / "unknown.db"));
  window.show();
  openAndRender(window, productId);

  ui::DiagnosticUnderlines* underlines = window.templateAssist()->userUnderlines();
  REQUIRE(test::waitUntil([&] { return underlines->selections().size() == 1; }));
  const auto& selection = underlines->selections().first();
  CHECK(underlined(selection) == "titel");
  const int lineStart = window.templateEditor()->userEdit()->document()->findBlockByNumber(1).position();
  CHECK(selection.cursor.selectionStart() == lineStart + 5);  // "By {{" is 5 characters
  CHECK(selection.format.underlineStyle() == QTextCharFormat::WaveUnderline);
  CHECK(selection.format.underlineColor() == QColor(230, 140, 0));
  CHECK(underlines->messageAt(lineStart + 6).contains("unknown variable 'titel'"));
  CHECK(underlines->messageAt(lineStart + 1).isEmpty());
  CHECK(window.templateAssist()->systemUnderlines()->selections().isEmpty());

  QListWidget* list = window.templateAssist()->list();
  REQUIRE(list->count() == 1);
  CHECK(list->item(0)->text().contains("user part 2:"));
  CHECK(list->item(0)->text().contains("titel"));
  CHECK(list->isVisibleTo(window.templateEditor()));
  if (const QByteArray shots = qgetenv("COPYDESK_TEST_SCREENSHOTS"); !shots.isEmpty()) {
    window.resize(1400, 900);
    window.findChild<QTabWidget*>("workspace")->setCurrentWidget(window.templateEditor());
    test::waitUntil([] { return false; }, 500);
    window.grab().save(QString::fromUtf8(shots) + "/editor-unknown-variable.png");
  }

  // Fixing the name clears the underline and the list.
  QTextCursor cursor = window.templateEditor()->userEdit()->document()->find("titel");
  cursor.insertText("title");
  REQUIRE(test::waitUntil([&] { return underlines->selections().isEmpty(); }));
  CHECK(list->count() == 0);
}

TEST_CASE("a syntax error is underlined in red at its place, without a product too") {
  test::TempDir dir;
  seedStore(dir / "syntax.db", "Describe {{title}}.");
  ui::MainWindow window(test::quietWindow(dir / "syntax.db"));
  window.resize(1400, 900);
  window.show();
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));
  window.templateEditor()->userEdit()->setPlainText("Describe {{title}}.\n{{#tags}}- {{.}}\nThe end.");

  ui::DiagnosticUnderlines* underlines = window.templateAssist()->userUnderlines();
  REQUIRE(test::waitUntil([&] { return underlines->selections().size() == 1; }));
  const auto& selection = underlines->selections().first();
  CHECK(selection.format.underlineColor() == QColor(220, 40, 40));
  const QString message = selection.format.toolTip();
  CHECK(message.startsWith("Error: "));
  CHECK(message.contains("tags"));
  INFO(underlined(selection).toStdString() << " at " << selection.cursor.selectionStart());
  CHECK(underlined(selection).contains("tags"));
  REQUIRE(window.templateAssist()->list()->count() == 1);
  CHECK(window.templateAssist()->list()->item(0)->text().startsWith("Error · user part 2:1"));

  if (const QByteArray shots = qgetenv("COPYDESK_TEST_SCREENSHOTS"); !shots.isEmpty()) {
    window.templateEditor()->userEdit()->setPlainText("Describe {{titel}} for {{audience}}.\n{{#tags}}- {{.}}\nThe end.");
    window.findChild<QTabWidget*>("workspace")->setCurrentWidget(window.templateEditor());
    window.promptView()->setProduct(1);
    test::waitUntil([] { return false; }, 800);
    window.grab().save(QString::fromUtf8(shots) + "/editor-underlines.png");
  }
}

TEST_CASE("the shortcut sheet lists every action with a shortcut, by menu, collected when it opens") {
  test::TempDir dir;
  seedStore(dir / "keys.db", "Describe {{title}}.");
  ui::MainWindow window(test::quietWindow(dir / "keys.db"));
  window.show();
  // An action added after the window was built (as another pane might) is listed too.
  QAction* late = window.menuBar()->addMenu("E&xtra")->addAction("&Late action");
  late->setShortcut(QKeySequence("Ctrl+Alt+L"));

  ui::ShortcutOverlay* sheet = window.shortcutOverlay();
  CHECK_FALSE(sheet->isVisible());
  window.findChild<QAction*>("shortcutsAction")->trigger();
  REQUIRE(sheet->isVisible());
  CHECK(sheet->geometry() == window.rect());
  const QStringList listed = sheet->listedActions();
  INFO(listed.join("\n").toStdString());
  CHECK(listed.contains("Settings › Preferences — Ctrl+,"));
  CHECK(listed.contains("Help › Keyboard shortcuts — F1 / Ctrl+/"));
  CHECK(listed.contains("Extra › Late action — Ctrl+Alt+L"));
  for (const QString& line : listed) CHECK_FALSE(line.endsWith("— "));

  if (const QByteArray shots = qgetenv("COPYDESK_TEST_SCREENSHOTS"); !shots.isEmpty())
    window.grab().save(QString::fromUtf8(shots) + "/shortcut-sheet.png");
  QTest::keyClick(sheet, Qt::Key_Escape);
  CHECK_FALSE(sheet->isVisible());
}
