#include <QApplication>
#include <QTextBlock>
#include <QTextDocument>

#include <catch2/catch.hpp>

#include "ui/diff/diff_view.h"

using namespace copydesk;

namespace {

// The document's text in fragments of one format: "-" struck through, "+" coloured, "=" plain.
QString marked(const QTextDocument* document) {
  QString out;
  for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
    if (block != document->begin()) out += QLatin1Char('\n');
    for (auto it = block.begin(); !it.atEnd(); ++it) {
      const auto fragment = it.fragment();
      const auto format = fragment.charFormat();
      const QChar mark = format.fontStrikeOut() ? QLatin1Char('-')
                         : format.background().style() != Qt::NoBrush ? QLatin1Char('+')
                                                                      : QLatin1Char('=');
      out += QStringLiteral("[%1%2]").arg(mark, fragment.text());
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the diff view marks deleted and inserted words inline") {
  ui::DiffView view;
  view.setTexts("西湖龙井，明前采摘。Fresh green tea", "西湖龙井，雨前采摘。Fresh spring tea", "Model draft", "Working copy");
  CHECK(marked(view.inlineDocument()) == "[=西湖龙井，][-明][+雨][=前采摘。Fresh ][-green][+spring][= tea]");
  CHECK(view.summaryText() == "Model draft → Working copy: 2 removals, 2 insertions");
  CHECK_FALSE(view.isSideBySide());
}

TEST_CASE("side by side shows the old text on the left and the new on the right") {
  ui::DiffView view;
  view.setTexts("one two\nthree", "one 2\nthree four");
  view.setSideBySide(true);
  CHECK(view.isSideBySide());
  CHECK(marked(view.beforeDocument()) == "[=one ][-two]\n[=three]");
  CHECK(marked(view.afterDocument()) == "[=one ][+2]\n[=three][+ four]");
  CHECK(view.beforeDocument()->toPlainText() == "one two\nthree");
  CHECK(view.afterDocument()->toPlainText() == "one 2\nthree four");
}

TEST_CASE("the diff view says when nothing changed") {
  ui::DiffView view;
  view.setTexts("same text", "same text");
  CHECK(view.summaryText() == "no changes");
  CHECK(marked(view.inlineDocument()) == "[=same text]");
}

TEST_CASE("the diff colours follow a dark palette") {
  ui::DiffView view;
  view.setTexts("old", "new");
  auto colourOfFirst = [&] { return view.inlineDocument()->begin().begin().fragment().charFormat().background().color(); };
  const QColor light = colourOfFirst();
  QPalette dark = view.palette();
  dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
  dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
  view.setPalette(dark);
  const QColor darkColour = colourOfFirst();
  CHECK(light.lightness() > 150);
  CHECK(darkColour.lightness() < 100);
}
