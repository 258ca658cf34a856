#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <catch2/catch.hpp>

#include "ui/mustache_highlighting.h"

using copydesk::ui::MustacheHighlighting;

namespace {

// The character format the highlighter gave the text at this position of the first block.
QTextCharFormat formatAt(const QTextDocument& document, int position) {
  const QTextBlock block = document.findBlock(position);
  const int offset = position - block.position();
  for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
    if (offset >= range.start && offset < range.start + range.length) return range.format;
  }
  return {};
}

QString describe(const QTextCharFormat& format) {
  return format.foreground().color().name() + (format.fontWeight() > QFont::Normal ? "b" : "") +
         (format.fontItalic() ? "i" : "");
}

}  // namespace

TEST_CASE("the shipped Mustache definition is found") {
  INFO(MustacheHighlighting::instance().problem().toStdString());
  CHECK(MustacheHighlighting::instance().isAvailable());
}

TEST_CASE("tags, sections, partials, comments and triple mustaches are highlighted distinctly") {
  QPlainTextEdit edit;
  MustacheHighlighting::instance().attach(edit.document());
  const QString text = QStringLiteral("Hi {{title}} {{#tags}}x{{/tags}} {{> voice}} {{! note }} {{{html}}} plain");
  edit.setPlainText(text);
  const QTextDocument& doc = *edit.document();
  const auto at = [&](const char* token) { return describe(formatAt(doc, static_cast<int>(text.indexOf(QLatin1String(token))) + 2)); };

  const QString variable = at("{{title}}");
  const QString section = at("{{#tags}}");
  const QString closing = at("{{/tags}}");
  const QString partial = at("{{> voice}}");
  const QString comment = at("{{! note }}");
  const QString triple = at("{{{html}}}");
  const QString plain = describe(formatAt(doc, static_cast<int>(text.indexOf(QLatin1String("plain")))));

  INFO("variable " << variable.toStdString() << " section " << section.toStdString() << " partial "
                   << partial.toStdString() << " comment " << comment.toStdString() << " triple "
                   << triple.toStdString() << " plain " << plain.toStdString());
  CHECK(section == closing);
  const QStringList styles = {variable, section, partial, comment, triple, plain};
  for (int i = 0; i < styles.size(); ++i) {
    for (int j = i + 1; j < styles.size(); ++j) CHECK(styles[i] != styles[j]);
  }
}

TEST_CASE("a comment spanning lines stays a comment") {
  QPlainTextEdit edit;
  MustacheHighlighting::instance().attach(edit.document());
  edit.setPlainText(QStringLiteral("{{! first\nsecond }}\n{{title}}"));
  const QTextDocument& doc = *edit.document();
  const QString firstLine = describe(formatAt(doc, 4));
  const QString secondLine = describe(formatAt(doc, doc.findBlockByNumber(1).position() + 1));
  const QString tag = describe(formatAt(doc, doc.findBlockByNumber(2).position() + 2));
  CHECK(firstLine == secondLine);
  CHECK(tag != secondLine);
}
