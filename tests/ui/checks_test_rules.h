#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <string>

#include "core/checks/rule_book.h"
#include "tests/support/test_paths.h"

class QWidget;

namespace copydesk::test {

// The rule files the checks UI tests run with: the shipped sets left out (COPYDESK_RESOURCES points
// at an empty folder) and one small set of our own in the user's folder (COPYDESK_CHECKS_DIR), so
// what a test finds does not move when the shipped lists grow. Every RuleBookHolder made while it
// lives loads these; the environment is put back on destruction.
//   ui-test.banned  error    "全网第一", "best ever"   (term.banned)
//   ui-test.maybe   warning  "首选"                   (term.maybe)
class ChecksTestRules final {
 public:
  ChecksTestRules();
  ~ChecksTestRules();
  ChecksTestRules(const ChecksTestRules&) = delete;
  ChecksTestRules& operator=(const ChecksTestRules&) = delete;

  std::shared_ptr<const RuleBook> load() const;  // as the studio loads them

 private:
  TempDir m_dir;
  std::optional<QByteArray> m_resources;
  std::optional<QByteArray> m_checks;
};

// A text's length in Unicode code points up to UTF-16 index `utf16` (what core's spans count).
std::size_t codePointsBefore(const QString& text, qsizetype utf16);

// Types `text` into the widget as key presses, one character (code point) at a time, emoji included.
void typeText(QWidget* widget, const QString& text);

}  // namespace copydesk::test
