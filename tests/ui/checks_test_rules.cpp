#include "tests/ui/checks_test_rules.h"

#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

namespace copydesk::test {
namespace {

constexpr const char* kRules = R"(
[set]
id = "ui-test"
name_en = "UI test terms"
name_zh = "界面测试用语"
market = "any"
version = 1

[[rule]]
id = "banned"
kind = "terms"
severity = "error"
source = "Test law, article 1"
explain_en = "Absolute claims are not allowed."
explain_zh = "不得使用绝对化用语。"
terms = ["全网第一", "best ever"]

[[rule]]
id = "maybe"
kind = "terms"
severity = "warning"
message = "term.maybe"
source = "Test policy"
explain_en = "May read as a claim."
explain_zh = "可能被视为宣传用语。"
terms = ["首选"]
)";

std::optional<QByteArray> take(const char* name, const std::filesystem::path& value) {
  std::optional<QByteArray> old;
  if (qEnvironmentVariableIsSet(name)) old = qgetenv(name);
  qputenv(name, QByteArray::fromStdString(value.string()));
  return old;
}

void restore(const char* name, const std::optional<QByteArray>& old) {
  if (old) qputenv(name, *old);
  else qunsetenv(name);
}

}  // namespace

ChecksTestRules::ChecksTestRules() {
  std::filesystem::create_directories(m_dir / "resources" / "checks");
  std::filesystem::create_directories(m_dir / "user");
  writeFile(m_dir / "user" / "ui-test.toml", kRules);
  m_resources = take("COPYDESK_RESOURCES", m_dir / "resources");
  m_checks = take("COPYDESK_CHECKS_DIR", m_dir / "user");
  RuleBookLoad loaded = loadRuleBook();
  INFO((loaded.problems.empty() ? std::string() : loaded.problems.front().describe()));
  REQUIRE(loaded.problems.empty());
  REQUIRE(loaded.book->sets.size() == 1);
}

ChecksTestRules::~ChecksTestRules() {
  restore("COPYDESK_RESOURCES", m_resources);
  restore("COPYDESK_CHECKS_DIR", m_checks);
}

std::shared_ptr<const RuleBook> ChecksTestRules::load() const { return loadRuleBook().book; }

std::size_t codePointsBefore(const QString& text, qsizetype utf16) {
  return static_cast<std::size_t>(text.left(utf16).toUcs4().size());
}

void typeText(QWidget* widget, const QString& text) {
  for (char32_t c : text.toUcs4()) {
    const QString one = QString::fromUcs4(&c, 1);
    QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, one, Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, one, Qt::NoModifier);
  }
}

}  // namespace copydesk::test
