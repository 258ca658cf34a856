#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

#include <catch2/catch.hpp>

#include <set>

#include "core/common/error_id.h"
#include "core/templates/template_diagnostic.h"
#include "ui/common/error_text.h"

using namespace copydesk;
using ui::ErrorText;

namespace {

std::set<QString> placeholders(const QString& wording) {
  std::set<QString> found;
  static const QRegularExpression number(QStringLiteral("%[1-9][0-9]?"));
  for (const auto& match : number.globalMatch(wording)) found.insert(match.captured());
  return found;
}

QString english(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

// A stand-in for the Chinese .qm: every ErrorText source becomes Chinese words keeping its
// placeholders, so whatever English is left in a worded error did not go through tr().
class ChineseErrorWords final : public QTranslator {
 public:
  bool isEmpty() const override { return false; }
  QString translate(const char* context, const char* source, const char*, int) const override {
    if (QByteArrayView(context) != "ErrorText") return {};
    QString words = QString::fromUtf8("错误");
    for (const QString& p : placeholders(QString::fromUtf8(source))) words += QString::fromUtf8("：") + p;
    return words;
  }
};

struct Installed {
  explicit Installed(QTranslator& t) : translator(t) { QCoreApplication::installTranslator(&translator); }
  ~Installed() { QCoreApplication::removeTranslator(&translator); }
  QTranslator& translator;
};

Error byId(const ErrorMessage& message, std::vector<std::string> args) {
  Error error;
  error.code = ErrorCode::InvalidInput;
  error.id = std::string(message.id);
  error.args = std::move(args);
  error.message = englishMessage(error);
  return error;
}

}  // namespace

TEST_CASE("every error id core reports has the studio's wording, with the same placeholders") {
  for (const ErrorMessage& message : kErrorMessages) {
    INFO("error id " << message.id);
    CHECK(ErrorText::hasWording(message.id));
    // The same args fill both: a wording that drops one would hide what went wrong.
    CHECK(placeholders(ErrorText::sourceWording(message.id)) == placeholders(english(message.english)));
  }
  CHECK_FALSE(ErrorText::hasWording("no.such-error"));
}

TEST_CASE("an error is worded with its args and its place; without a translation it reads as core's English") {
  const Error error = makeError("catalog.generic.row-without-sku", ErrorCode::InvalidInput, {"sku"}, "a.csv:5");
  CHECK(ErrorText::describe(error) == "a.csv:5: the row has no SKU (column \"sku\" is empty)");
  CHECK(ErrorText::message(error) == "the row has no SKU (column \"sku\" is empty)");
  Error retried = makeError("llm.http.rate-limited", ErrorCode::RateLimited, {"429", "slow down", "Fake"});
  addContext(retried, "llm.gave-up", {"5"});
  CHECK(ErrorText::describe(retried) == QString::fromStdString(retried.message));
  // The draft's status is worded by the studio, not passed through as core's word.
  const Error refused = makeError("review.cannot-submit", ErrorCode::InvalidInput, {"7", "draft"});
  CHECK(ErrorText::message(refused).contains("it is a draft"));
  // A plain error is already worded (the studio's own tr() text): shown as it is.
  CHECK(ErrorText::describe(plainError(ErrorCode::Io, QString::fromUtf8("写入失败").toStdString(), "x.csv")) ==
        QString::fromUtf8("x.csv: 写入失败"));
  // The studio can word an id differently from the CLI (no command-line advice in the studio).
  CHECK_FALSE(ErrorText::message(makeError("catalog.invalid-utf8", ErrorCode::InvalidInput)).contains("--encoding"));
}

TEST_CASE("with the studio in Chinese no error shows an English sentence: every wording goes through tr()") {
  ChineseErrorWords chinese;
  Installed installed(chinese);
  static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
  for (const ErrorMessage& message : kErrorMessages) {
    INFO("error id " << message.id);
    // Chinese args, so any Latin letter left would be English wording that skipped tr().
    const std::vector<std::string> args(placeholders(english(message.english)).size(), "甲");
    Error error = byId(message, args);
    error.where = "商品表:3";
    CHECK_FALSE(ErrorText::describe(error).contains(latin));
  }
  Error wrapped = makeError("store.sqlite", ErrorCode::Database, {"甲", "乙"});
  addContext(wrapped, "store.in-migration", {"7"});
  CHECK_FALSE(ErrorText::describe(wrapped).contains(latin));
  const Error refused = makeError("review.approve-again", ErrorCode::InvalidInput, {"7", "approved"});
  CHECK_FALSE(ErrorText::describe(refused).contains(latin));
}

TEST_CASE("a template's syntax error is worded like any error, context included") {
  TemplateDiagnostic diagnostic = syntaxError(SourcePosition{2, 3}, "template.unclosed-section", {"a", "{{#a}}"});
  addContext(diagnostic, "template.in-partial", {"footer"});
  CHECK(diagnostic.message == "unclosed section 'a': '{{#a}}' has no matching close tag (in partial 'footer')");
  CHECK(ErrorText::message(diagnostic) == QString::fromStdString(diagnostic.message));
  CHECK(ErrorText::describe(diagnostic.toError("t.mustache")) ==
        "t.mustache:2:3: " + QString::fromStdString(diagnostic.message));
}
