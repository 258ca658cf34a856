// No lost copy (issue 12), in the studio: unsaved text is journaled as it is typed, saving or undoing
// back to the stored text clears it, and a start offers back what a studio that is gone left behind.
#include <sys/wait.h>
#include <unistd.h>

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include "core/store/draft_store.h"
#include "core/store/journal_owner.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "core/store/unsaved_copy_journal.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/template_editor.h"
#include "ui/unsaved/unsaved_copy_dialog.h"
#include "ui/unsaved/unsaved_copy_tracker.h"

using namespace copydesk;

namespace {

// The owner id of a studio that has ended: a child that exits at once, reaped.
std::string goneOwner() {
  JournalOwner owner = JournalOwner::current();
  const pid_t child = fork();
  if (child == 0) _exit(0);
  int status = 0;
  waitpid(child, &status, 0);
  owner.pid = child;
  return owner.id();
}

std::vector<UnsavedCopy> journal(const std::filesystem::path& path, const std::string& owner) {
  auto db = Database::open(path);
  REQUIRE(db);
  auto rows = UnsavedCopyJournal(**db, owner).own();
  REQUIRE(rows);
  return *rows;
}

std::int64_t productId(const std::filesystem::path& path, const std::string& sku) {
  auto db = Database::open(path);
  REQUIRE(db);
  auto product = ProductStore(**db).findBySku(sku);
  REQUIRE(product);
  REQUIRE(*product);
  return (**product).id;
}

// Clicks the button of the message box that the next modal loop shows.
void answerNextQuestion(QMessageBox::StandardButton button) {
  QTimer::singleShot(0, [button] {
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (box && box->button(button)) box->button(button)->click();
  });
}

struct Studio {
  explicit Studio(const std::filesystem::path& path, ui::UnsavedAtStart atStart = ui::UnsavedAtStart::Ask)
      : window([&] {
          auto options = test::quietWindow(path);
          options.unsavedAtStart = atStart;
          return options;
        }()) {
    window.show();
    REQUIRE(test::waitUntil([&] { return window.productsPane()->model()->rowCount() > 0; }));
  }
  ui::CopyEditorPane& editor() { return *window.copyEditor(); }
  ui::UnsavedCopyTracker& tracker() { return *window.unsavedCopy(); }
  void choose(int row) {
    QSignalSpy loaded(window.copyEditor(), &ui::CopyEditorPane::loaded);
    window.productsPane()->view()->selectRow(row);
    REQUIRE(test::waitUntil([&] { return !loaded.isEmpty(); }));
  }
  ui::MainWindow window;
};

}  // namespace

TEST_CASE("unsaved copy: typing is journaled within a second, and saving clears it") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 5);
  }
  Studio studio(path);
  studio.choose(0);  // SKU-00001: no draft yet
  const std::string owner = studio.tracker().owner();
  studio.editor().workingEdit()->setFocus();
  QTest::keyClicks(studio.editor().workingEdit(), QStringLiteral("Hand-cut bamboo, oiled"));

  // Journaled by the tracker's own timer and writer: nothing here flushes it.
  std::vector<UnsavedCopy> rows;
  REQUIRE(test::waitUntil([&] {
    rows = journal(path, owner);
    return rows.size() == 1 && rows[0].text == "Hand-cut bamboo, oiled";
  }));
  CHECK(rows[0].key == UnsavedCopyKey::copy(productId(path, "SKU-00001"), "description", 0));
  CHECK(rows[0].sku == "SKU-00001");

  QTest::keyClick(studio.editor().workingEdit(), Qt::Key_Space);
  // keyClicks maps characters to keys and knows only ASCII; a key event carrying the text is how an IME types it.
  QTest::sendKeyEvent(QTest::Click, studio.editor().workingEdit(), Qt::Key_unknown, QStringLiteral("竹"), Qt::NoModifier);
  REQUIRE(test::waitUntil([&] {
    rows = journal(path, owner);
    return rows.size() == 1 && rows[0].text == "Hand-cut bamboo, oiled 竹";
  }));

  QSignalSpy saved(&studio.editor(), &ui::CopyEditorPane::saved);
  studio.editor().save();
  REQUIRE(test::waitUntil([&] { return !saved.isEmpty(); }));
  studio.tracker().flush();
  CHECK(journal(path, owner).empty());

  // Edits to the saved draft are journaled against it; editing back to the stored text clears them
  // (Backspace rather than Undo: the document merges typing into one undo step across the save).
  QTest::keyClicks(studio.editor().workingEdit(), QStringLiteral("!"));
  REQUIRE(test::waitUntil([&] {
    rows = journal(path, owner);
    return rows.size() == 1 && rows[0].key.draftId == studio.editor().draftId() && rows[0].text.ends_with("竹!");
  }));
  QTest::keyClick(studio.editor().workingEdit(), Qt::Key_Backspace);
  REQUIRE_FALSE(studio.editor().hasUnsavedEdits());
  REQUIRE(test::waitUntil([&] { return journal(path, owner).empty(); }));
}

TEST_CASE("unsaved copy: text written for a product with no draft stays journaled and comes back with it") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 5);
  }
  Studio studio(path);
  studio.choose(1);  // SKU-00002
  QTest::keyClicks(studio.editor().workingEdit(), QStringLiteral("A first line by hand"));
  studio.choose(3);  // another product: the editor lets go of the text
  CHECK(studio.editor().workingText().isEmpty());
  studio.tracker().flush();
  auto rows = journal(path, studio.tracker().owner());
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].sku == "SKU-00002");
  CHECK(rows[0].text == "A first line by hand");

  studio.choose(1);  // back: the text is there again, unsaved
  REQUIRE(test::waitUntil([&] { return studio.editor().workingText() == "A first line by hand"; }));
  CHECK(studio.editor().hasUnsavedEdits());
}

TEST_CASE("unsaved copy: the template editor's unsaved parts are journaled; saving a version clears them") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  TemplateVersion version;
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 2);
    PromptTemplate prompt;
    prompt.name = "desc";
    prompt.systemPart = "You write product copy.";
    prompt.userPart = "Describe {{title}}.";
    auto saved = TemplateStore(**db).save(prompt);
    REQUIRE(saved);
    version = *saved;
  }
  Studio studio(path);
  ui::TemplateEditor* prompt = studio.window.templateEditor();
  prompt->setVersion(version);
  prompt->userEdit()->moveCursor(QTextCursor::End);
  QTest::keyClicks(prompt->userEdit(), QStringLiteral(" Mention {{brand}}."));
  std::vector<UnsavedCopy> rows;
  REQUIRE(test::waitUntil([&] {
    rows = journal(path, studio.tracker().owner());
    return rows.size() == 1 && rows[0].text.find("brand") != std::string::npos;
  }));
  CHECK(rows[0].key == UnsavedCopyKey::templateParts(version.id));
  auto parts = decodeTemplateParts(rows[0].text);
  REQUIRE(parts);
  CHECK(parts->systemPart == "You write product copy.");
  CHECK(parts->userPart == "Describe {{title}}. Mention {{brand}}.");

  // Saving shows the new version unmodified: the old version's text leaves the journal.
  emit prompt->saveRequested(prompt->currentTemplate(), QString());
  REQUIRE(test::waitUntil([&] { return prompt->version().version == 2; }));
  studio.tracker().flush();
  CHECK(journal(path, studio.tracker().owner()).empty());
}

TEST_CASE("unsaved copy: a start offers what a studio that is gone left; restored text opens unsaved") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  const std::string gone = goneOwner();
  std::int64_t draft = 0;
  TemplateVersion version;
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 6);
    draft = test::addDraft(**db, "SKU-00004", "draft");
    PromptTemplate prompt;
    prompt.name = "desc";
    prompt.userPart = "Describe {{title}}.";
    version = TemplateStore(**db).save(prompt).value();
    UnsavedCopyJournal left(**db, gone);
    REQUIRE(left.put(UnsavedCopyKey::copy(productId(path, "SKU-00002"), "title", 0), "Bamboo board, 40 cm"));
    REQUIRE(left.put(UnsavedCopyKey::copy(productId(path, "SKU-00004"), "description", draft),
                     "Copy for SKU-00004, edited\nover two lines"));
    REQUIRE(left.put(UnsavedCopyKey::templateParts(version.id), encodeTemplateParts({"Be brief.", "Describe {{title}}!"})));
    UnsavedCopyJournal alive(**db, JournalOwner::current().id());  // another studio still running
    REQUIRE(alive.put(UnsavedCopyKey::copy(productId(path, "SKU-00005"), "title", 0), "not ours to offer"));
  }
  Studio studio(path);
  ui::UnsavedCopyDialog* dialog = nullptr;
  REQUIRE(test::waitUntil([&] {
    dialog = studio.window.findChild<ui::UnsavedCopyDialog*>();
    return dialog && dialog->isVisible();
  }));
  QTreeWidget* list = dialog->list();
  REQUIRE(list->topLevelItemCount() == 3);  // product by product, then the template
  CHECK(list->topLevelItem(0)->text(0) == "SKU-00002 · Product 2");
  CHECK(list->topLevelItem(0)->text(1) == "Title");
  CHECK(list->topLevelItem(0)->text(3) == "Bamboo board, 40 cm");
  CHECK_FALSE(list->topLevelItem(0)->text(2).isEmpty());
  CHECK(list->topLevelItem(1)->text(0) == "SKU-00004 · Product 4");
  CHECK(list->topLevelItem(1)->text(1) == "Description");
  CHECK(list->topLevelItem(1)->text(3) == "Copy for SKU-00004, edited over two lines");
  CHECK(list->topLevelItem(2)->text(0) == "Template desc, version 1");

  // Restore the draft's text: it opens in the copy editor as unsaved working copy of that draft.
  list->clearSelection();
  list->topLevelItem(1)->setSelected(true);
  QSignalSpy loaded(&studio.editor(), &ui::CopyEditorPane::loaded);
  dialog->restoreButton()->click();
  REQUIRE(test::waitUntil([&] { return studio.editor().workingText() == "Copy for SKU-00004, edited\nover two lines"; }));
  CHECK(studio.editor().draftId() == draft);
  CHECK(studio.editor().hasUnsavedEdits());
  studio.editor().undoAction()->trigger();  // the stored text is one Undo away
  CHECK(studio.editor().workingText() == "Copy for SKU-00004");
  studio.editor().redoAction()->trigger();

  // This studio holds it now; the two not chosen are still offered to the next start.
  studio.tracker().flush();
  auto mine = journal(path, studio.tracker().owner());
  REQUIRE(mine.size() == 1);
  CHECK(mine[0].key.draftId == draft);
  auto db = Database::open(path);
  REQUIRE(db);
  auto offered = UnsavedCopyJournal(**db, JournalOwner::current().id()).orphaned();
  REQUIRE(offered);
  CHECK(offered->size() == 2);
}

TEST_CASE("unsaved copy: Restore all opens the first and keeps the rest; File → Unsaved copy… opens them") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  const std::string gone = goneOwner();
  TemplateVersion version;
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 6);
    PromptTemplate prompt;
    prompt.name = "desc";
    prompt.userPart = "Describe {{title}}.";
    version = TemplateStore(**db).save(prompt).value();
    UnsavedCopyJournal left(**db, gone);
    REQUIRE(left.put(UnsavedCopyKey::copy(productId(path, "SKU-00003"), "title", 0), "Third product's title"));
    REQUIRE(left.put(UnsavedCopyKey::templateParts(version.id), encodeTemplateParts({"Be brief.", "Describe {{title}}!"})));
  }
  Studio studio(path);
  ui::UnsavedCopyDialog* dialog = nullptr;
  REQUIRE(test::waitUntil([&] { return (dialog = studio.window.findChild<ui::UnsavedCopyDialog*>()) != nullptr; }));
  dialog->restoreAllButton()->click();
  REQUIRE(test::waitUntil([&] { return studio.editor().workingText() == "Third product's title"; }));
  CHECK(studio.editor().productId() == productId(path, "SKU-00003"));
  CHECK(studio.editor().fieldCombo()->currentData().toString() == "title");
  CHECK(studio.editor().hasUnsavedEdits());
  studio.tracker().flush();
  CHECK(journal(path, studio.tracker().owner()).size() == 2);  // both held by this studio now
  {
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(UnsavedCopyJournal(**db, JournalOwner::current().id()).orphaned()->empty());
  }

  // The template waits in File → Unsaved copy…; opening it there puts it in the prompt editor.
  studio.window.listUnsavedCopy();
  ui::UnsavedCopyDialog* held = nullptr;
  REQUIRE(test::waitUntil([&] {
    held = studio.window.findChild<ui::UnsavedCopyDialog*>();
    return held && held != dialog && held->isVisible();
  }));
  REQUIRE(held->list()->topLevelItemCount() == 2);
  held->list()->clearSelection();
  for (int row = 0; row < 2; ++row) {
    if (held->list()->topLevelItem(row)->text(0).startsWith("Template")) held->list()->topLevelItem(row)->setSelected(true);
  }
  held->restoreButton()->click();
  ui::TemplateEditor* prompt = studio.window.templateEditor();
  REQUIRE(test::waitUntil([&] { return prompt->hasTemplate() && prompt->isModified(); }));
  CHECK(prompt->version().id == version.id);
  CHECK(prompt->userEdit()->toPlainText() == "Describe {{title}}!");
  CHECK(prompt->systemEdit()->toPlainText() == "Be brief.");
}

TEST_CASE("unsaved copy: Discard selected forgets a text for good, after asking") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 3);
    UnsavedCopyJournal left(**db, goneOwner());
    REQUIRE(left.put(UnsavedCopyKey::copy(productId(path, "SKU-00001"), "title", 0), "throw me away"));
  }
  Studio studio(path);
  ui::UnsavedCopyDialog* dialog = nullptr;
  REQUIRE(test::waitUntil([&] { return (dialog = studio.window.findChild<ui::UnsavedCopyDialog*>()) != nullptr; }));
  QPointer<ui::UnsavedCopyDialog> guard(dialog);
  answerNextQuestion(QMessageBox::Discard);
  dialog->discardButton()->click();
  REQUIRE(test::waitUntil([&] { return !guard || !guard->isVisible(); }));
  studio.tracker().flush();
  auto db = Database::open(path);
  REQUIRE(db);
  CHECK(UnsavedCopyJournal(**db, "").all()->empty());
  CHECK(studio.editor().workingText().isEmpty());
}

TEST_CASE("unsaved copy: closing after Discard drops the shown text; a text not shown stays for next time") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 4);
  }
  std::string owner;
  {
    Studio studio(path);
    owner = studio.tracker().owner();
    studio.choose(0);
    QTest::keyClicks(studio.editor().workingEdit(), QStringLiteral("left behind"));
    studio.choose(2);
    QTest::keyClicks(studio.editor().workingEdit(), QStringLiteral("discarded at close"));
    studio.tracker().flush();
    REQUIRE(journal(path, owner).size() == 2);
    answerNextQuestion(QMessageBox::Discard);  // "The working copy has changes that are not saved."
    REQUIRE(studio.window.close());
  }
  auto rows = journal(path, owner);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].text == "left behind");
}

TEST_CASE("damaged store: the studio says what is wrong with which file in a dialog, and quits") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  test::writeFile(path, std::string(8192, 'x'));
  ui::MainWindow window(test::quietWindow(path));
  QSignalSpy unusable(&window, &ui::MainWindow::storeUnusable);
  window.show();
  QMessageBox* box = nullptr;
  REQUIRE(test::waitUntil([&] {
    box = window.findChild<QMessageBox*>("storeProblem");
    return box && box->isVisible();
  }));
  CHECK(box->text().contains(QString::fromStdString(path.string())));
  CHECK(box->informativeText().contains(QString::fromStdString(path.string())));
  CHECK(box->informativeText().contains("not a database"));
  box->button(QMessageBox::Close)->click();
  REQUIRE(test::waitUntil([&] { return unusable.count() == 1; }));
  CHECK(test::readFile(path) == std::string(8192, 'x'));
}

TEST_CASE("File → Back up… writes a copy on the store thread and reports it") {
  test::TempDir dir;
  const auto path = dir / "c.db";
  {
    auto db = Database::open(path);
    REQUIRE(db);
    test::fillProducts(**db, 12);
  }
  ui::MainWindow window(test::quietWindow(path));
  window.show();
  auto* action = window.findChild<QAction*>("backupAction");
  REQUIRE(action);
  QSignalSpy finished(&window, &ui::MainWindow::backupFinished);
  window.backUpStore(QString::fromStdString((dir / "copy.db").string()));
  REQUIRE(test::waitUntil([&] { return finished.count() == 1; }));
  CHECK(finished.at(0).at(0).toBool());
  CHECK(finished.at(0).at(1).toString().contains("12 products"));
  auto copy = Database::open(dir / "copy.db");
  REQUIRE(copy);
  CHECK(ProductStore(**copy).list({}).value().size() == 12);

  window.backUpStore(QString::fromStdString((dir / "no-such-folder" / "copy.db").string()));
  REQUIRE(test::waitUntil([&] { return finished.count() == 2; }));
  CHECK_FALSE(finished.at(1).at(0).toBool());
  CHECK(finished.at(1).at(1).toString().contains("no-such-folder"));
  auto* box = window.findChild<QMessageBox*>("backupResult");
  REQUIRE(box);
}
