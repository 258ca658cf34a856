#include <QPlainTextEdit>

#include <catch2/catch.hpp>

#include "tests/ui/checks_test_rules.h"
#include "ui/checks/finding_underlines.h"

using namespace copydesk;

namespace {

Finding at(const QString& text, const QString& what, Severity severity = Severity::Error) {
  const qsizetype utf16 = text.indexOf(what);
  REQUIRE(utf16 >= 0);
  Finding f;
  f.rule = "ui-test.banned";
  f.ruleSet = "ui-test";
  f.severity = severity;
  f.message = "term.banned";
  f.args = {what.toStdString()};
  f.start = test::codePointsBefore(text, utf16);
  f.length = static_cast<std::size_t>(what.toUcs4().size());
  return f;
}

}  // namespace

TEST_CASE("code points map to UTF-16 positions: a character outside the BMP takes two") {
  const QString text = QString::fromUtf8("a🍵b龙😀");
  const ui::CodePointPositions positions(text);
  CHECK(positions.position(0) == 0);
  CHECK(positions.position(1) == 1);  // 🍵
  CHECK(positions.position(2) == 3);  // b
  CHECK(positions.position(3) == 4);  // 龙
  CHECK(positions.position(4) == 5);  // 😀
  CHECK(positions.position(5) == 7);  // the end
  CHECK(positions.position(99) == 7);  // past the end: clamped
  Finding f;
  f.start = 1;
  f.length = 1;
  const auto span = ui::findingSpan(positions, f);
  CHECK(text.mid(span.start, span.end - span.start) == QString::fromUtf8("🍵"));
}

TEST_CASE("findings are underlined at their spans after Chinese text and emoji, coloured by severity") {
  QPlainTextEdit edit;
  const QString text = QString::fromUtf8("保温杯🍵，全网第一。\n😀😀 首选 best ever");
  edit.setPlainText(text);
  ui::FindingUnderlines underlines(&edit);
  Finding whole;  // about the whole text: nothing to underline
  whole.severity = Severity::Warning;
  whole.message = "glossary.required";
  underlines.setFindings({at(text, QString::fromUtf8("全网第一")), at(text, QString::fromUtf8("首选"), Severity::Warning),
                          at(text, "best ever", Severity::Info), whole},
                         text);
  const auto& selections = underlines.selections();
  REQUIRE(selections.size() == 3);
  CHECK(selections[0].cursor.selectedText() == QString::fromUtf8("全网第一"));
  CHECK(selections[1].cursor.selectedText() == QString::fromUtf8("首选"));
  CHECK(selections[2].cursor.selectedText() == "best ever");
  CHECK(selections[0].format.underlineStyle() == QTextCharFormat::WaveUnderline);
  CHECK(selections[0].format.underlineColor() == ui::FindingUnderlines::colour(Severity::Error));
  CHECK(selections[1].format.underlineColor() == ui::FindingUnderlines::colour(Severity::Warning));
  CHECK(selections[2].format.underlineColor() == ui::FindingUnderlines::colour(Severity::Info));
  CHECK(edit.extraSelections().size() == 3);

  const int inside = static_cast<int>(text.indexOf(QString::fromUtf8("网")));
  CHECK(underlines.messageAt(inside).contains(QString::fromUtf8("全网第一")));
  CHECK(underlines.messageAt(inside).startsWith("Error: "));
  CHECK(underlines.messageAt(0).isEmpty());

  underlines.clear();
  CHECK(edit.extraSelections().isEmpty());
}
