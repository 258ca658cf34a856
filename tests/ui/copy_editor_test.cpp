#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QTextBrowser>

#include <catch2/catch.hpp>

#include "core/review/review_service.h"
#include "core/review/working_copy.h"
#include "core/store/draft_store.h"
#include "core/store/generation_store.h"
#include "core/store/product_store.h"
#include "core/store/question_store.h"
#include "core/store/template_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_counters.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/copy/save_conflict_dialog.h"
#include "ui/diff/diff_view.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

const std::string kModelText = "西湖龙井，明前采摘。Fresh green tea from Hangzhou.";
const std::string kEditedText = "西湖龙井，雨前采摘。Fresh spring tea from Hangzhou.";

// A product with a description draft that a model wrote (template "description-zh" v1) and a
// writer then edited, all made through core as the studio makes them.
struct CopyStore {
  test::TempDir dir;
  std::filesystem::path path = dir / "copy.db";
  std::int64_t productId = 0;
  std::int64_t draftId = 0;
  std::int64_t titleDraftId = 0;

  CopyStore() {
    auto db = Database::open(path);
    REQUIRE(db);
    Product product;
    product.sku = "TEA-LJ-001";
    product.title = "Dragon Well green tea 50 g";
    product.description = "<p>Spring tea from <b>Hangzhou</b>.</p>";
    product.brand = "West Lake Tea Co.";
    product.attributes = {{"SEO Title", "Dragon Well tea | West Lake"}, {"Origin", "Hangzhou"}};
    auto stored = ProductStore(**db).upsert(product);
    REQUIRE(stored);
    productId = stored->id;

    PromptTemplate prompt;
    prompt.name = "description-zh";
    prompt.systemPart = "You write shop copy.";
    prompt.userPart = "Describe {{title}}.";
    auto version = TemplateStore(**db).save(prompt, "ann");
    REQUIRE(version);

    Generation generation;
    generation.productId = productId;
    generation.templateVersionId = version->id;
    generation.field = "description";
    generation.provider = "local";
    generation.model = "qwen2.5";
    generation.output = kModelText;
    auto generationId = GenerationStore(**db).insert(generation);
    REQUIRE(generationId);

    NewDraft draft;
    draft.productId = productId;
    draft.field = "description";
    draft.templateVersionId = version->id;
    draft.generationId = *generationId;
    draft.model = "qwen2.5";
    draft.text = kModelText;
    auto created = DraftStore(**db).create(draft);
    REQUIRE(created);
    draftId = created->id;
    REQUIRE(ReviewService(**db).edit(draftId, kEditedText, "ann"));

    NewDraft title;
    title.productId = productId;
    title.field = "title";
    title.text = "Dragon Well";
    auto titleDraft = DraftStore(**db).create(title);
    REQUIRE(titleDraft);
    titleDraftId = titleDraft->id;
  }

  std::unique_ptr<Database> open() const {
    auto db = Database::open(path);
    REQUIRE(db);
    return std::move(*db);
  }
};

bool showAndWait(ui::CopyEditorPane& pane, std::int64_t draftId) {
  QSignalSpy loaded(&pane, &ui::CopyEditorPane::loaded);
  pane.showDraft(draftId);
  return test::waitUntil([&] { return !loaded.isEmpty(); }) && loaded.last().at(0).toLongLong() == draftId;
}

void chooseChannel(ui::CopyEditorPane& pane, const QString& key) {
  auto* combo = pane.channelCombo();
  combo->setCurrentIndex(combo->findData(key));
}

}  // namespace

TEST_CASE("the copy editor loads a draft: the model's text, the working copy, the facts and the template") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  CHECK(pane.objectName() == "copyEditor");
  REQUIRE(showAndWait(pane, fixture.draftId));

  CHECK(pane.modelDraftView()->toPlainText().toStdString() == kModelText);
  CHECK(pane.workingEdit()->toPlainText().toStdString() == kEditedText);
  CHECK(pane.workingEdit()->objectName() == "workingCopy");
  CHECK_FALSE(pane.workingEdit()->isReadOnly());
  CHECK(pane.modelDraftView()->isReadOnly());
  CHECK(pane.productId() == fixture.productId);
  CHECK(pane.fieldCombo()->currentData().toString() == "description");
  CHECK_FALSE(pane.hasUnsavedEdits());
  CHECK(pane.headingText().contains("TEA-LJ-001"));
  CHECK(pane.headingText().contains("description-zh v1"));
  CHECK(pane.headingText().contains("qwen2.5"));

  const QString facts = pane.factsView()->toPlainText();
  CHECK(facts.contains("West Lake Tea Co."));
  CHECK(facts.contains("Spring tea from Hangzhou."));  // the shop's description, as text
  CHECK_FALSE(facts.contains("<b>"));
  CHECK(facts.contains("Origin"));

  // The diff compares the working copy with what the model wrote.
  const auto& segments = pane.diffView()->segments();
  CHECK(beforeText(segments) == kModelText);
  CHECK(afterText(segments) == kEditedText);
  CHECK(std::count_if(segments.begin(), segments.end(), [](const DiffSegment& s) { return s.kind == DiffKind::Insert; }) == 2);
}

TEST_CASE("choosing a product shows its working copy of the field, or none") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  QSignalSpy loaded(&pane, &ui::CopyEditorPane::loaded);
  pane.setProduct(fixture.productId);
  REQUIRE(test::waitUntil([&] { return !loaded.isEmpty(); }));
  CHECK(loaded.last().at(0).toLongLong() == fixture.draftId);  // the description draft
  CHECK(pane.workingText().toStdString() == kEditedText);

  auto* field = pane.fieldCombo();
  field->setCurrentIndex(field->findData("seo_title"));
  emit field->activated(field->currentIndex());
  REQUIRE(test::waitUntil([&] { return loaded.count() == 2; }));
  CHECK(loaded.last().at(0).toLongLong() == 0);
  CHECK(pane.workingText().isEmpty());
  CHECK(pane.headingText().contains("no draft for this field yet"));
  CHECK(pane.factsView()->toPlainText().contains("Dragon Well tea | West Lake"));  // the shop's SEO title now

  // The compare choice switches the diff to the shop's copy.
  pane.setWorkingText("Dragon Well tea | Hangzhou");
  pane.compareCombo()->setCurrentIndex(1);
  CHECK(beforeText(pane.diffView()->segments()) == "Dragon Well tea | West Lake");
}

TEST_CASE("while no draft is shown, the Field choice follows the open template's field") {
  CopyStore s;
  ui::StoreThread store(s.path);
  ui::CopyEditorPane pane(store);
  auto* field = pane.fieldCombo();
  REQUIRE(field->currentData().toString() == QStringLiteral("description"));
  pane.setTemplateField(QStringLiteral("title"));
  CHECK(field->currentData().toString() == QStringLiteral("title"));
  // The product then shows its copy of that field.
  QSignalSpy loaded(&pane, &ui::CopyEditorPane::loaded);
  pane.setProduct(s.productId);
  REQUIRE(test::waitUntil([&] { return !loaded.isEmpty(); }));
  CHECK(pane.draftId() == s.titleDraftId);
  // A draft is shown: another template's field does not take it away.
  pane.setTemplateField(QStringLiteral("seo_title"));
  CHECK(field->currentData().toString() == QStringLiteral("title"));
  CHECK(pane.draftId() == s.titleDraftId);
}

TEST_CASE("the counters count characters, CJK width and bytes as the writer types") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  REQUIRE(showAndWait(pane, fixture.draftId));
  auto* counters = pane.counters();

  pane.setWorkingText("Green tea");
  CHECK(counters->measure().characters == 9);
  CHECK(counters->measure().width == 9);
  CHECK(counters->measure().bytes == 9);
  CHECK(counters->countsText() == "9 characters · CJK width 9 · 9 bytes");

  pane.setWorkingText("龙井 tea");
  CHECK(counters->measure().characters == 6);
  CHECK(counters->measure().width == 8);
  CHECK(counters->measure().bytes == 10);

  pane.setWorkingText("好茶👍🏽👨‍👩‍👧");  // emoji: a modifier sequence and a ZWJ family, one character each
  CHECK(counters->measure().characters == 4);
  CHECK(counters->measure().bytes == 6 + 8 + 18);

  QTest::keyClicks(pane.workingEdit(), "!");
  CHECK(counters->measure().characters == 5);
}

TEST_CASE("past the channel's limit the counter turns red and says by how much") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  REQUIRE(showAndWait(pane, fixture.titleDraftId));
  CHECK(pane.fieldCombo()->currentData().toString() == "title");
  chooseChannel(pane, "amazon");
  auto* counters = pane.counters();

  pane.setWorkingText(QString(200, QLatin1Char('a')));
  CHECK_FALSE(counters->isOverLimit());
  CHECK(counters->limitText() == "Amazon Title: 200 of 200 characters");
  const QColor normal = counters->findChild<QLabel*>("copyLimit")->palette().color(QPalette::WindowText);

  pane.setWorkingText(QString(203, QLatin1Char('a')));
  CHECK(counters->isOverLimit());
  CHECK(counters->limitText() == "Amazon Title: 203 of 200 characters — 3 characters over");
  const QColor warning = counters->findChild<QLabel*>("copyLimit")->palette().color(QPalette::WindowText);
  CHECK(warning != normal);
  CHECK(warning.red() > warning.green() + 80);

  // A Taobao title counts a Chinese character twice: 31 of them are 62 of 60.
  chooseChannel(pane, "taobao");
  pane.setWorkingText(QString(31, QChar(0x8336)));
  CHECK(counters->isOverLimit());
  CHECK(counters->limitText() == "Taobao Title: width 62 of 60 — 2 too wide");

  chooseChannel(pane, "shopify");
  CHECK_FALSE(counters->isOverLimit());
  CHECK(counters->limitText() == "Shopify sets no limit for Title");
}

TEST_CASE("undo and redo in the working copy, also through the actions") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  REQUIRE(showAndWait(pane, fixture.titleDraftId));
  CHECK_FALSE(pane.undoAction()->isEnabled());  // a freshly loaded draft has nothing to undo
  CHECK(pane.undoAction()->shortcut() == QKeySequence(QKeySequence::Undo));
  CHECK(pane.redoAction()->shortcut() == QKeySequence("Ctrl+Shift+Z"));
  CHECK(pane.saveAction()->shortcut() == QKeySequence(QKeySequence::Save));
  CHECK(pane.saveAction()->shortcutContext() == Qt::WidgetWithChildrenShortcut);

  pane.setWorkingText("Dragon Well Longjing");  // a history restore is one undoable step
  CHECK(pane.hasUnsavedEdits());
  REQUIRE(pane.undoAction()->isEnabled());
  pane.undoAction()->trigger();
  CHECK(pane.workingText() == "Dragon Well");
  CHECK_FALSE(pane.hasUnsavedEdits());
  REQUIRE(pane.redoAction()->isEnabled());
  pane.redoAction()->trigger();
  CHECK(pane.workingText() == "Dragon Well Longjing");
}

TEST_CASE("saving stores a new version through the review lifecycle") {
  CopyStore fixture;
  {
    auto db = fixture.open();
    REQUIRE(ReviewService(*db).submit(fixture.draftId, "lin"));
    REQUIRE(ReviewService(*db).approve(fixture.draftId, {}, "lin"));
  }
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  REQUIRE(showAndWait(pane, fixture.draftId));
  CHECK(pane.headingText().contains("approved"));
  CHECK_FALSE(pane.saveAction()->isEnabled());  // nothing to save yet

  pane.setWorkingText("西湖龙井，雨前采摘，手工炒制。");
  REQUIRE(pane.saveAction()->isEnabled());
  QSignalSpy saved(&pane, &ui::CopyEditorPane::saved);
  pane.saveAction()->trigger();
  REQUIRE(test::waitUntil([&] { return !saved.isEmpty(); }));
  CHECK(saved.first().at(0).toLongLong() == fixture.draftId);
  CHECK_FALSE(pane.hasUnsavedEdits());
  CHECK(pane.messageText().isEmpty());
  CHECK(pane.headingText().contains(QString("copy #%1, draft").arg(fixture.draftId)));
  CHECK_FALSE(pane.headingText().contains("approved"));

  auto db = fixture.open();
  auto history = DraftStore(*db).history(fixture.draftId);
  REQUIRE(history);
  REQUIRE(history->size() == 3);  // the model's text, the writer's edit, this save
  CHECK(history->back().text == "西湖龙井，雨前采摘，手工炒制。");
  auto draft = DraftStore(*db).get(fixture.draftId);
  REQUIRE(draft);
  REQUIRE(*draft);
  CHECK((*draft)->status == DraftStatus::Draft);  // edited approved text needs approval again
}

// Two writers on one draft (issue 11): the second save is not written over the first; the writer
// sees both texts and chooses.
namespace {

const QString kTheirs = "西湖龙井，狮峰山明前茶。";
const QString kMine = "西湖龙井，雨前采摘，手工炒制。";

// The pane shows the draft and holds kMine unsaved while another writer saves kTheirs; then Save.
ui::SaveConflictDialog* saveOverSomeoneElse(CopyStore& fixture, ui::CopyEditorPane& pane) {
  REQUIRE(showAndWait(pane, fixture.draftId));
  pane.setWorkingText(kMine);
  {
    auto db = fixture.open();
    REQUIRE(saveWorkingCopy(*db, {.draftId = fixture.draftId, .text = kTheirs.toStdString(), .author = "walt"}));
  }
  pane.save();
  ui::SaveConflictDialog* dialog = nullptr;
  REQUIRE(test::waitUntil([&] { return (dialog = pane.findChild<ui::SaveConflictDialog*>()) != nullptr; }));
  return dialog;
}

std::string storedText(CopyStore& fixture) {
  auto db = fixture.open();
  return (*DraftStore(*db).get(fixture.draftId).value()).text;
}

}  // namespace

TEST_CASE("saving over copy another writer saved meanwhile shows both, and Keep mine saves over theirs") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  ui::SaveConflictDialog* dialog = saveOverSomeoneElse(fixture, pane);
  CHECK(storedText(fixture) == kTheirs.toStdString());  // nothing overwritten before the writer chooses
  CHECK(pane.messageText().contains("walt"));
  CHECK(dialog->diffView()->beforeDocument()->toPlainText().contains(kTheirs));
  CHECK(dialog->diffView()->afterDocument()->toPlainText().contains(kMine));
  CHECK(pane.workingText() == kMine);

  QSignalSpy saved(&pane, &ui::CopyEditorPane::saved);
  dialog->findChild<QPushButton*>("keepMine")->click();
  REQUIRE(test::waitUntil([&] { return !saved.isEmpty(); }));
  CHECK(storedText(fixture) == kMine.toStdString());
  auto db = fixture.open();
  auto history = DraftStore(*db).history(fixture.draftId).value();
  REQUIRE(history.size() == 4);  // the model's, ann's edit, walt's, and this writer's over it
  CHECK(history[2].text == kTheirs.toStdString());
  CHECK_FALSE(pane.hasUnsavedEdits());
}

TEST_CASE("Take theirs puts the other writer's copy in the editor and writes nothing") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  ui::SaveConflictDialog* dialog = saveOverSomeoneElse(fixture, pane);
  dialog->findChild<QPushButton*>("takeTheirs")->click();
  REQUIRE(test::waitUntil([&] { return pane.workingText() == kTheirs; }));
  CHECK_FALSE(pane.hasUnsavedEdits());
  CHECK(storedText(fixture) == kTheirs.toStdString());
  auto db = fixture.open();
  CHECK(DraftStore(*db).history(fixture.draftId).value().size() == 3);
}

TEST_CASE("submit for review saves unsaved edits first") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  REQUIRE(showAndWait(pane, fixture.draftId));
  pane.setWorkingText("Hand-picked Dragon Well.");
  QSignalSpy submitted(&pane, &ui::CopyEditorPane::submitted);
  pane.submitAction()->trigger();
  REQUIRE(test::waitUntil([&] { return !submitted.isEmpty(); }));
  CHECK(pane.headingText().contains("in review"));
  CHECK_FALSE(pane.submitAction()->isEnabled());  // already in review, nothing new

  auto db = fixture.open();
  auto draft = DraftStore(*db).get(fixture.draftId);
  REQUIRE(draft);
  REQUIRE(*draft);
  CHECK((*draft)->status == DraftStatus::Submitted);
  CHECK((*draft)->text == "Hand-picked Dragon Well.");
}

TEST_CASE("copy written by hand for a field with no draft becomes its working draft") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  auto* field = pane.fieldCombo();
  field->setCurrentIndex(field->findData("search_terms"));
  QSignalSpy loaded(&pane, &ui::CopyEditorPane::loaded);
  pane.setProduct(fixture.productId);
  REQUIRE(test::waitUntil([&] { return !loaded.isEmpty(); }));
  REQUIRE(pane.draftId() == 0);

  QTest::keyClicks(pane.workingEdit(), "longjing green tea");
  QSignalSpy saved(&pane, &ui::CopyEditorPane::saved);
  pane.save();
  REQUIRE(test::waitUntil([&] { return !saved.isEmpty(); }));
  const auto id = saved.first().at(0).toLongLong();
  CHECK(pane.draftId() == id);

  auto db = fixture.open();
  auto draft = DraftStore(*db).get(id);
  REQUIRE(draft);
  REQUIRE(*draft);
  CHECK((*draft)->field == "search_terms");
  CHECK((*draft)->text == "longjing green tea");
  CHECK((*draft)->isWorking);
}

TEST_CASE("a draft from a template written for a channel shows that channel's limits") {
  CopyStore fixture;
  std::int64_t taobaoDraft = 0;
  {
    auto db = fixture.open();
    PromptTemplate prompt;
    prompt.name = "title-taobao";
    prompt.channel = "taobao";
    prompt.field = "title";
    prompt.userPart = "为{{title}}写一个淘宝标题。";
    auto version = TemplateStore(*db).save(prompt, "ann");
    REQUIRE(version);
    NewDraft draft;
    draft.productId = fixture.productId;
    draft.field = "title";
    draft.templateVersionId = version->id;
    draft.text = "西湖龙井 明前特级 绿茶 50克 罐装";
    auto created = DraftStore(*db).create(draft);
    REQUIRE(created);
    taobaoDraft = created->id;
  }
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  chooseChannel(pane, "amazon");
  REQUIRE(showAndWait(pane, taobaoDraft));
  CHECK(pane.channelCombo()->currentData().toString() == "taobao");
  CHECK(pane.counters()->limitText() == "Taobao Title: width 32 of 60");

  // A generic template leaves the writer's choice alone.
  chooseChannel(pane, "shopify");
  REQUIRE(showAndWait(pane, fixture.draftId));
  CHECK(pane.channelCombo()->currentData().toString() == "shopify");
}

TEST_CASE("edits not saved when another draft is shown come back with their draft") {
  CopyStore fixture;
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  REQUIRE(showAndWait(pane, fixture.draftId));
  pane.setWorkingText("half-written copy");
  REQUIRE(showAndWait(pane, fixture.titleDraftId));
  CHECK(pane.workingText() == "Dragon Well");
  CHECK(pane.hasKeptEdits(fixture.draftId));
  CHECK(pane.messageText().isEmpty());

  REQUIRE(showAndWait(pane, fixture.draftId));
  CHECK(pane.workingText() == "half-written copy");
  CHECK(pane.hasUnsavedEdits());
  CHECK_FALSE(pane.hasKeptEdits(fixture.draftId));
  CHECK(pane.messageText().contains("not saved yet"));
  pane.undoAction()->trigger();
  CHECK(pane.workingText().toStdString() == kEditedText);
}

TEST_CASE("an answer draft is edited below its customer question, other copy without one (issue 14)") {
  CopyStore fixture;
  std::int64_t answerId = 0;
  {
    auto db = fixture.open();
    auto questionId = QuestionStore(*db).add({.productId = fixture.productId, .text = "Is it <b>organic</b>?", .key = "is it organic"});
    REQUIRE(questionId);
    NewDraft answer{.productId = fixture.productId, .field = "answer", .text = "The data does not say.", .author = "ann"};
    answer.questionId = *questionId;
    auto created = DraftStore(*db).create(answer);
    REQUIRE(created);
    answerId = created->id;
  }
  ui::StoreThread store(fixture.path);
  ui::CopyEditorPane pane(store);
  pane.show();
  REQUIRE(showAndWait(pane, answerId));
  QLabel* question = pane.questionLabel();
  CHECK(question->objectName() == "copyQuestion");
  CHECK(question->isVisible());
  CHECK(question->text() == "<b>Customer question:</b> Is it &lt;b&gt;organic&lt;/b&gt;?");
  CHECK(pane.workingEdit()->toPlainText() == "The data does not say.");

  REQUIRE(showAndWait(pane, fixture.draftId));  // the product's description: no question above it
  CHECK_FALSE(question->isVisible());
  CHECK(question->text().isEmpty());
}
