// The studio's FAQ export (issue 14): the dialog writes the approved answers as FAQ CSV (a file) and
// as FAQ JSON-LD (a folder of schema.org FAQPage files) through core's exportFaq, and says what it
// wrote; an answer still in review stays out.
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/common/json.h"
#include "core/questions/faq_export.h"
#include "core/questions/question_key.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/store/question_store.h"
#include "tests/ui/review_fixture.h"
#include "tests/ui/ui_test_support.h"
#include "ui/questions/faq_export_dialog.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

std::string fileText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::int64_t answer(test::ReviewFixture& f, int product, const std::string& question, const std::string& text,
                    DraftStatus status) {
  auto found = ProductStore(*f.db).findBySku(f.sku(product));
  REQUIRE(found);
  REQUIRE(found->has_value());
  const std::int64_t productId = (*found)->id;
  auto questionId = QuestionStore(*f.db).add({.productId = productId, .text = question, .key = questionKey(question)});
  REQUIRE(questionId);
  NewDraft d{.productId = productId, .field = "answer", .text = text, .author = "wendy"};
  d.questionId = *questionId;
  auto draft = DraftStore(*f.db).create(d);
  REQUIRE(draft);
  REQUIRE(DraftStore(*f.db).setStatus(draft->id, status));
  return draft->id;
}

// Runs the dialog's export and waits for its outcome.
QString exportWith(ui::FaqExportDialog& dialog, FaqFormat format, const std::filesystem::path& target) {
  dialog.setFormat(format);
  dialog.setTarget(QString::fromStdString(target.string()));
  QSignalSpy exported(&dialog, &ui::FaqExportDialog::exported);
  QSignalSpy failed(&dialog, &ui::FaqExportDialog::exportFailed);
  auto* button = dialog.findChild<QPushButton*>(QStringLiteral("faqExport"));
  REQUIRE(button);
  REQUIRE(button->isEnabled());
  button->click();
  REQUIRE(test::waitUntil([&] { return exported.count() + failed.count() == 1; }));
  INFO(dialog.message().toStdString());
  REQUIRE(exported.count() == 1);
  return dialog.message();
}

}  // namespace

TEST_CASE("the FAQ export dialog writes FAQ CSV and FAQ JSON-LD of the approved answers") {
  test::ReviewFixture f(3);
  answer(f, 1, "Is it dishwasher safe?", "Yes, on the top rack.", DraftStatus::Approved);
  answer(f, 1, "这个能放洗碗机吗？", "可以，放在上层。", DraftStatus::Approved);
  answer(f, 2, "How big is it?", "The data does not say.", DraftStatus::Submitted);  // in review: not exported
  answer(f, 3, "Does it \"stack\"?", "Yes, three high.", DraftStatus::Approved);

  ui::StoreThread store(f.path);
  ui::FaqExportDialog dialog(store);
  dialog.show();
  auto* format = dialog.findChild<QComboBox*>(QStringLiteral("faqFormat"));
  REQUIRE(format);
  CHECK(format->count() == 2);

  const auto csv = f.dir / "faq.csv";
  CHECK(exportWith(dialog, FaqFormat::Csv, csv) ==
        QStringLiteral("Exported 3 approved answer(s) of 2 product(s) to %1").arg(QString::fromStdString(csv.string())));
  CHECK(fileText(csv) ==
        "sku,question,answer\r\n"
        "SKU-00001,Is it dishwasher safe?,\"Yes, on the top rack.\"\r\n"
        "SKU-00001,这个能放洗碗机吗？,可以，放在上层。\r\n"
        "SKU-00003,\"Does it \"\"stack\"\"?\",\"Yes, three high.\"\r\n");

  const auto folder = f.dir / "faq";
  CHECK(exportWith(dialog, FaqFormat::JsonLd, folder).startsWith("Exported 3 approved answer(s) of 2 product(s)"));
  CHECK(!std::filesystem::exists(folder / "SKU-00002.json"));
  const Json page = Json::parse(fileText(folder / "SKU-00001.json"));
  CHECK(page["@context"] == "https://schema.org");
  CHECK(page["@type"] == "FAQPage");
  REQUIRE(page["mainEntity"].size() == 2);
  for (const Json& entity : page["mainEntity"]) {
    CHECK(entity["@type"] == "Question");
    CHECK(entity["acceptedAnswer"]["@type"] == "Answer");
  }
  CHECK(page["mainEntity"][1]["name"] == "这个能放洗碗机吗？");
  CHECK(page["mainEntity"][1]["acceptedAnswer"]["text"] == "可以，放在上层。");
  const Json other = Json::parse(fileText(folder / "SKU-00003.json"));
  REQUIRE(other["mainEntity"].size() == 1);
  CHECK(other["mainEntity"][0]["name"] == "Does it \"stack\"?");
}

TEST_CASE("the FAQ export dialog says why nothing was written, and when no answer is approved") {
  test::ReviewFixture f(1);
  ui::StoreThread store(f.path);
  ui::FaqExportDialog dialog(store);
  const auto csv = f.dir / "empty.csv";
  const QString message = exportWith(dialog, FaqFormat::Csv, csv);
  CHECK(message.contains("No answer is approved yet"));
  CHECK(fileText(csv) == "sku,question,answer\r\n");

  // A target the export cannot write: the failure is shown, nothing recorded as exported.
  dialog.setFormat(FaqFormat::JsonLd);
  test::writeFile(f.dir / "a-file", "x");
  dialog.setTarget(QString::fromStdString((f.dir / "a-file").string()));
  QSignalSpy failed(&dialog, &ui::FaqExportDialog::exportFailed);
  dialog.exportNow();
  REQUIRE(test::waitUntil([&] { return failed.count() == 1; }));
  CHECK(dialog.message().startsWith("Could not export the FAQ: "));
}
