// Customer questions in the studio (issue 14), offscreen against the real fake-llm-server: the
// Questions page imports a CSV (near-duplicates merged, a bad row named with its line) and lists the
// selected products' questions; Generate → Answer customer questions… runs the batch dialog over
// them with the shipped answer template; the page shows each answer's state; the review page shows
// the question above the answer draft.
#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <algorithm>

#include "core/common/paths.h"
#include "core/review/review_service.h"
#include "core/store/draft_store.h"
#include "core/templates/template_file.h"
#include "tests/support/fake_server_process.h"
#include "tests/ui/generation_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/generation/batch_dialog.h"
#include "ui/generation/generation_pane.h"
#include "ui/main_window.h"
#include "ui/product_table_model.h"
#include "ui/products_pane.h"
#include "ui/questions/questions_page.h"
#include "ui/review/review_detail_view.h"
#include "ui/review/review_pane.h"
#include "ui/review/review_queue_model.h"
#include "ui/template_editor.h"

using namespace copydesk;

namespace {

// "" for a cell the table does not have (yet): the page reloads as it is shown.
QString cell(const QTableWidget* table, int row, int column) {
  const QTableWidgetItem* item = table->item(row, column);
  return item ? item->text() : QString();
}

}  // namespace

TEST_CASE("questions in the studio: import, answer with a batch, and review with the question shown") {
  test::FakeServerProcess server;
  test::GenerationFixture s(server, 2, {{"Fake", "COPYDESK_TEST_QUESTIONS_UI_KEY", "sk-questions"}});
  {
    auto db = Database::open(s.path);
    REQUIRE(db);
    auto answer = loadTemplateFile(resourcesDir() / "templates" / "answer-en.json");
    REQUIRE(answer);
    REQUIRE(TemplateStore(**db).save(*answer));
  }
  test::writeFile(s.dir / "questions.csv",
                  "sku,question,source,date\n"
                  "SKU-00001,Is it dishwasher safe?,reviews,2026-03-01\n"
                  "SKU-00001,is it dishwasher-safe,help desk,2026-03-04\n"
                  "SKU-00002,这个能放洗碗机吗？,淘宝问大家,2026-03-02\n"
                  "NOPE-1,Who am I?,,\n"
                  "SKU-00002,How big is it?,,\n");
  ui::MainWindow window(test::quietWindow(s.path));
  window.show();
  ui::QuestionsPage* page = window.questionsPage();
  REQUIRE(page);
  auto* products = window.productsPane()->model();
  REQUIRE(test::waitUntil([&] { return products->rowCount() == 2; }));
  REQUIRE(test::waitUntil([&] { return window.templateEditor()->hasTemplate(); }));
  window.productsPane()->view()->selectAll();
  REQUIRE(window.showPage("questions"));
  QSignalSpy loaded(page, &ui::QuestionsPage::loaded);
  REQUIRE(test::waitUntil([&] { return loaded.count() >= 1; }));
  CHECK(page->table()->rowCount() == 0);
  CHECK(page->statusText().startsWith("No questions about these products yet"));

  const int before = loaded.count();
  page->importFile(QString::fromStdString((s.dir / "questions.csv").string()));
  REQUIRE(test::waitUntil([&] { return loaded.count() > before && page->table()->rowCount() == 3; }));
  INFO(page->statusText().toStdString());
  CHECK(page->statusText() ==
        "Imported 3 question(s); 1 merged as duplicates; 1 refused\nquestions.csv:5: the catalog has no product with SKU NOPE-1");
  const QTableWidget* table = page->table();
  CHECK(cell(table, 0, ui::QuestionsPage::ProductColumn) == "SKU-00001");
  CHECK(cell(table, 0, ui::QuestionsPage::QuestionColumn) == "Is it dishwasher safe?");
  CHECK(cell(table, 0, ui::QuestionsPage::AskedColumn) == "2");
  CHECK(cell(table, 0, ui::QuestionsPage::DateColumn) == "2026-03-04");
  CHECK(cell(table, 1, ui::QuestionsPage::QuestionColumn) == "这个能放洗碗机吗？");
  for (int row = 0; row < 3; ++row) CHECK(cell(table, row, ui::QuestionsPage::AnswerColumn) == "not answered");
  CHECK(page->answerButton()->isEnabled());

  // Generate → Answer customer questions…: the batch dialog over the three questions, with answer-en
  // (the open template is the fixture's description template).
  ui::GenerationPane* pane = window.generationPane();
  REQUIRE(test::waitUntil([&] { return pane->profilesLoaded(); }));
  pane->setCheckedProfiles({"Fake"});
  pane->setModels("fake-small");
  pane->setVariants(1);
  REQUIRE(test::waitUntil([&] { return pane->canGenerate(); }));
  ui::BatchDialog* dialog = window.openAnswerBatchDialog();
  REQUIRE(dialog);
  REQUIRE(test::waitUntil([&] { return dialog->isEstimated(); }));
  CHECK(dialog->estimateText().startsWith("Drafts: 3,"));
  const auto labels = dialog->findChildren<QLabel*>();
  CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
    return label->text() == "Products: 2 × variants: 1 × models: 1 × their customer questions (one answer each, "
                            "template answer-en)";
  }));
  QSignalSpy finished(dialog, &ui::BatchDialog::runFinished);
  dialog->start();
  REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 20000));
  std::vector<Draft> drafts = s.drafts();
  REQUIRE(drafts.size() == 3);
  for (const Draft& d : drafts) {
    REQUIRE(d.questionId);
    CHECK(d.field == "answer");
    CHECK(d.text.find("Question from a shopper: " + d.question) != std::string::npos);
  }
  REQUIRE(test::waitUntil([&] { return cell(page->table(), 2, ui::QuestionsPage::AnswerColumn) == "draft"; }));
  dialog->close();

  // In review, the question stands above its answer.
  const auto chosen = std::find_if(drafts.begin(), drafts.end(), [](const Draft& d) { return d.question == "这个能放洗碗机吗？"; });
  REQUIRE(chosen != drafts.end());
  const Draft answer = *chosen;  // the page's row 1
  {
    auto db = Database::open(s.path);
    REQUIRE(db);
    REQUIRE(ReviewService(**db).submit(answer.id, "ann"));
  }
  REQUIRE(window.showPage("review"));
  ui::ReviewPane* review = window.reviewPane();
  review->reload();
  REQUIRE(test::waitUntil([&] { return review->model()->rowCount() >= 1; }));
  review->view()->selectRow(0);
  REQUIRE(test::waitUntil([&] { return review->detail()->draftId() == answer.id; }));
  QLabel* question = review->detail()->question();
  CHECK(question->isVisible());
  CHECK(question->text() == "<b>Customer question:</b> " + QString::fromStdString(answer.question).toHtmlEscaped());
  CHECK(review->detail()->draftText()->toPlainText() == QString::fromStdString(answer.text));

  // Open the answer from the Questions page: the copy editor on the Write page shows it.
  REQUIRE(window.showPage("questions"));
  REQUIRE(test::waitUntil([&] { return cell(page->table(), 1, ui::QuestionsPage::AnswerColumn) == "submitted"; }));
  page->table()->selectRow(1);
  auto* open = page->findChild<QPushButton*>("openAnswer");
  REQUIRE(open);
  REQUIRE(open->isEnabled());
  open->click();
  REQUIRE(test::waitUntil([&] { return window.copyEditor()->draftId() == answer.id; }));
}
