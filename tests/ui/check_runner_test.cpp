#include <QSignalSpy>
#include <QThread>

#include <catch2/catch.hpp>

#include "tests/ui/checks_test_rules.h"
#include "tests/ui/ui_test_support.h"
#include "ui/checks/check_runner.h"

using namespace copydesk;

namespace {

ui::CheckRunner::InputMaker plainText() {
  return [](std::string_view text) {
    CheckInput input;
    input.text = text;
    input.field = "description";
    return input;
  };
}

}  // namespace

TEST_CASE("the check runner checks a text once the typing pauses, on another thread, and answers on this one") {
  test::ChecksTestRules rules;
  ui::CheckRunner runner;
  runner.setBook(rules.load());
  QSignalSpy checked(&runner, &ui::CheckRunner::checked);
  runner.setText(QString::fromUtf8("保温杯，全网第一"));
  CHECK(checked.isEmpty());  // nothing without a subject
  runner.setSubject(plainText());
  CHECK(runner.isChecking());
  CHECK(checked.isEmpty());  // not at once: after the pause
  REQUIRE(checked.wait(5000));
  REQUIRE(checked.count() == 1);
  CHECK(runner.checkedText() == QString::fromUtf8("保温杯，全网第一"));
  REQUIRE(runner.findings().size() == 1);
  CHECK(runner.findings()[0].rule == "ui-test.banned");
  CHECK(runner.findings()[0].start == 4);
  CHECK(runner.findings()[0].length == 4);
  CHECK_FALSE(runner.isChecking());
}

TEST_CASE("a newer text supersedes an older one: only the latest text's findings are reported") {
  test::ChecksTestRules rules;
  ui::CheckRunner runner;
  runner.setBook(rules.load());
  runner.setSubject(plainText());
  QSignalSpy checked(&runner, &ui::CheckRunner::checked);
  // Keystrokes faster than the pause, then a check forced while another may still run.
  runner.setText("best ever");
  runner.setText("best ever tea");
  runner.checkNow();
  runner.setText("plain tea");
  runner.checkNow();
  REQUIRE(test::waitUntil([&] { return !runner.isChecking(); }));
  // Every answer that came was about the last text; the older ones were dropped.
  REQUIRE(checked.count() >= 1);
  for (const auto& arguments : checked) CHECK(arguments.at(1).toString() == "plain tea");
  CHECK(runner.findings().empty());

  runner.clear();
  runner.setText("best ever");  // no subject after clear(): nothing runs
  CHECK_FALSE(runner.isChecking());
}
