#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"
#include "tests/ui/checks_test_rules.h"
#include "tests/ui/ui_test_support.h"
#include "ui/checks/check_runner.h"
#include "ui/checks/finding_underlines.h"
#include "ui/checks/findings_pane.h"
#include "ui/copy/copy_editor_pane.h"
#include "ui/store_thread.h"

using namespace copydesk;

namespace {

// Two products: a tea with a description draft, a flask with no copy yet.
struct CheckedCopyStore {
  test::TempDir dir;
  std::filesystem::path path = dir / "copy.db";
  std::int64_t teaId = 0;
  std::int64_t flaskId = 0;
  std::int64_t draftId = 0;

  CheckedCopyStore() {
    auto db = Database::open(path);
    REQUIRE(db);
    Product tea;
    tea.sku = "TEA-LJ-001";
    tea.title = "Dragon Well green tea 50 g";
    teaId = ProductStore(**db).upsert(tea).value().id;
    Product flask;
    flask.sku = "FLASK-500";
    flask.title = QString::fromUtf8("保温杯 500 ml").toStdString();
    flaskId = ProductStore(**db).upsert(flask).value().id;
    NewDraft draft{.productId = teaId, .field = "description", .text = "西湖龙井", .author = "ann"};
    draftId = DraftStore(**db).create(draft).value().id;
  }
};

const Finding* findingOf(const ui::FindingsPane& pane, const std::string& rule) {
  for (const Finding& f : pane.findings())
    if (f.rule == rule) return &f;
  return nullptr;
}

// The pane shown in a window that has the keyboard, the draft loaded and its first check in.
void showChecked(ui::CopyEditorPane& pane, std::int64_t draftId) {
  pane.resize(1200, 800);
  pane.show();
  pane.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&pane));
  QSignalSpy checked(&pane, &ui::CopyEditorPane::checked);
  pane.showDraft(draftId);
  REQUIRE(test::waitUntil([&] { return !checked.isEmpty(); }));
}

}  // namespace

TEST_CASE("typing a banned term into the working copy underlines it and lists it at its span") {
  test::ChecksTestRules rules;
  CheckedCopyStore s;
  ui::StoreThread store(s.path);
  ui::CopyEditorPane pane(store);
  showChecked(pane, s.draftId);
  ui::FindingsPane* findings = pane.findingsPane();
  CHECK(findings->headerText() == "Checks: No findings");

  // A person types at the end of the copy: Chinese, an emoji (two UTF-16 units), then the claim.
  QPlainTextEdit* working = pane.workingEdit();
  working->setFocus();
  working->moveCursor(QTextCursor::End);
  test::typeText(working, QString::fromUtf8("，保温杯🍵全网第一！"));
  REQUIRE(test::waitUntil([&] { return findingOf(*findings, "ui-test.banned") != nullptr; }));

  const QString text = working->toPlainText();
  const Finding* banned = findingOf(*findings, "ui-test.banned");
  CHECK(banned->start == test::codePointsBefore(text, text.indexOf(QString::fromUtf8("全网第一"))));
  CHECK(banned->length == 4);
  CHECK(findings->headerText() == "Checks: 1 error");
  REQUIRE(findings->list()->topLevelItemCount() == 1);
  QTreeWidgetItem* item = findings->list()->topLevelItem(0);
  CHECK(item->text(0).contains(QString::fromUtf8("全网第一")));
  CHECK(item->text(1) == "UI test terms");

  // The underline covers exactly the term: the emoji before it is counted right.
  const auto& underlined = pane.findingUnderlines()->selections();
  REQUIRE(underlined.size() == 1);
  CHECK(underlined[0].cursor.selectedText() == QString::fromUtf8("全网第一"));
  CHECK(underlined[0].format.underlineColor() == ui::FindingUnderlines::colour(Severity::Error));

  // Clicking the finding selects its span in the working copy and explains it.
  working->moveCursor(QTextCursor::Start);
  const QRect row = findings->list()->visualItemRect(item);
  QTest::mouseClick(findings->list()->viewport(), Qt::LeftButton, {}, row.center());
  CHECK(working->textCursor().selectedText() == QString::fromUtf8("全网第一"));
  CHECK(findings->detailText().contains("Absolute claims are not allowed."));
  CHECK(findings->detailText().contains("Source: Test law, article 1"));
  // Return on it hands the keyboard to the working copy, the span still selected.
  findings->list()->setFocus();
  QTest::keyClick(findings->list(), Qt::Key_Return);
  CHECK(working->hasFocus());
  CHECK(working->textCursor().selectedText() == QString::fromUtf8("全网第一"));

  // Deleting the claim clears the finding.
  QTest::keyClick(working, Qt::Key_Backspace);
  REQUIRE(test::waitUntil([&] { return findings->findings().empty() && !pane.checkRunner()->isChecking(); }));
  CHECK(findings->headerText() == "Checks: No findings");
  CHECK(pane.findingUnderlines()->selections().isEmpty());
}

TEST_CASE("copy with no stored draft yet is checked against the product and the chosen field") {
  test::ChecksTestRules rules;
  CheckedCopyStore s;
  ui::StoreThread store(s.path);
  ui::CopyEditorPane pane(store);
  QSignalSpy loaded(&pane, &ui::CopyEditorPane::loaded);
  pane.setProduct(s.flaskId);
  REQUIRE(test::waitUntil([&] { return !loaded.isEmpty(); }));
  REQUIRE(pane.draftId() == 0);
  pane.setWorkingText(QString::fromUtf8("😀 首选保温杯"));
  REQUIRE(test::waitUntil([&] { return findingOf(*pane.findingsPane(), "ui-test.maybe") != nullptr; }));
  const Finding* maybe = findingOf(*pane.findingsPane(), "ui-test.maybe");
  CHECK(maybe->severity == Severity::Warning);
  CHECK(maybe->start == 2);
  CHECK(pane.findingsPane()->headerText() == "Checks: 1 warning");
  REQUIRE(pane.findingUnderlines()->selections().size() == 1);
  CHECK(pane.findingUnderlines()->selections()[0].cursor.selectedText() == QString::fromUtf8("首选"));

  // No product: nothing is checked and the pane says why.
  pane.setProduct(0);
  CHECK(pane.findingsPane()->findings().empty());
  CHECK(pane.findingUnderlines()->selections().isEmpty());
  CHECK(pane.findingsPane()->headerText().startsWith("Checks: Pick a product"));
}
