#include <QLocale>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <set>

#include "core/checks/finding_message.h"
#include "ui/checks/finding_text.h"

using namespace copydesk;
using ui::FindingText;

namespace {

std::set<QString> placeholders(const QString& wording) {
  std::set<QString> found;
  static const QRegularExpression number(QStringLiteral("%[1-9][0-9]?"));
  for (const auto& match : number.globalMatch(wording)) found.insert(match.captured());
  return found;
}

Finding finding(std::string message, std::vector<std::string> args) {
  Finding f;
  f.rule = "cn-ad-law.absolute";
  f.ruleSet = "cn-ad-law";
  f.severity = Severity::Error;
  f.message = std::move(message);
  f.args = std::move(args);
  f.explanationEn = "Absolute claims are banned.";
  f.explanationZh = "不得使用绝对化用语。";
  f.source = "中华人民共和国广告法 第九条第三项";
  return f;
}

// The studio's language for one test: QLocale() is what FindingText asks.
struct UiLanguage {
  explicit UiLanguage(const QLocale& locale) { QLocale::setDefault(locale); }
  ~UiLanguage() { QLocale::setDefault(QLocale(QLocale::English)); }
};

}  // namespace

TEST_CASE("every message id core reports has the studio's wording, with the same placeholders") {
  REQUIRE_FALSE(findingMessages().empty());
  for (const FindingMessage& message : findingMessages()) {
    INFO("message id " << message.id);
    CHECK(FindingText::hasWording(message.id));
    // The same arguments fill both: a wording that drops one would hide what was found.
    CHECK(placeholders(FindingText::sourceWording(message.id)) ==
          placeholders(QString::fromUtf8(message.english.data(), static_cast<qsizetype>(message.english.size()))));
  }
  CHECK_FALSE(FindingText::hasWording("no.such-message"));
}

TEST_CASE("a finding's message is worded with its arguments in order, units in the reader's words") {
  CHECK(FindingText::message(finding("term.banned", {"全网第一"})) ==
        QString::fromUtf8("“全网第一” is an absolute claim that advertising may not make"));
  CHECK(FindingText::message(finding("limit.over", {"203", "200", "chars", "3"})) ==
        "Too long: 203 characters where at most 200 are allowed (3 over)");
  CHECK(FindingText::message(finding("glossary.preferred", {"wifi", "Wi-Fi"})) == QString::fromUtf8("Write “Wi-Fi” instead of “wifi”"));
  // An argument that looks like a placeholder is text, not a slot.
  CHECK(FindingText::message(finding("glossary.preferred", {"%2", "x"})) == QString::fromUtf8("Write “x” instead of “%2”"));
  // An id the studio has no words for still says what was found.
  CHECK(FindingText::message(finding("new.thing", {"a", "b"})) == QString::fromUtf8("new.thing · a · b"));
}

TEST_CASE("counts read as a person writes them") {
  CHECK(FindingText::counts(2, 1, 0) == "2 errors, 1 warning");
  CHECK(FindingText::counts(1, 0, 3) == "1 error, 3 info");
  CHECK(FindingText::counts(0, 0, 0) == "No findings");
  CHECK(FindingText::counts(2, 1, 3, true) == "2 errors");
  CHECK(FindingText::counts(0, 4, 3, true) == "4 warnings");
  CHECK(FindingText::counts(0, 0, 1, true) == "1 info");
  std::vector<Finding> findings{finding("term.banned", {"最"}), finding("term.banned", {"第一"})};
  findings[1].severity = Severity::Warning;
  CHECK(FindingText::counts(findings) == "1 error, 1 warning");
}

TEST_CASE("the explanation and the rule set's name come in the UI's language") {
  RuleBook book;
  RuleSetInfo set;
  set.id = "cn-ad-law";
  set.nameEn = "China Advertising Law";
  set.nameZh = "广告法";
  book.sets.push_back(set);
  const Finding f = finding("term.banned", {"最"});
  {
    UiLanguage english(QLocale(QLocale::English));
    CHECK(FindingText::explanation(f) == "Absolute claims are banned.");
    CHECK(FindingText::ruleSetName(&book, "cn-ad-law") == "China Advertising Law");
  }
  {
    UiLanguage chinese(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(FindingText::explanation(f) == QString::fromUtf8("不得使用绝对化用语。"));
    CHECK(FindingText::ruleSetName(&book, "cn-ad-law") == QString::fromUtf8("广告法"));
    Finding englishOnly = f;
    englishOnly.explanationZh.clear();
    CHECK(FindingText::explanation(englishOnly) == "Absolute claims are banned.");  // rather than nothing
  }
  CHECK(FindingText::ruleSetName(&book, "glossary") == "glossary");  // a set the book does not know
  CHECK(FindingText::source(f) == QString::fromUtf8("Source: 中华人民共和国广告法 第九条第三项"));
}
