#include <catch2/catch.hpp>

#include "core/checks/check_text.h"
#include "core/checks/finding_message.h"
#include "tests/checks/rule_test_support.h"

using namespace copydesk;

TEST_CASE("CheckText maps bytes to code points across its blocks and folds ASCII only") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "茶a";  // 4 bytes, 2 code points each
  const CheckText t(text);
  CHECK(t.codePointCount() == 200);
  CHECK(t.codePointAt(0) == 0);
  CHECK(t.codePointAt(4) == 2);
  CHECK(t.codePointAt(3) == 1);
  CHECK(t.codePointAt(64) == 32);
  CHECK(t.codePointAt(400) == 200);
  CHECK_FALSE(t.isChinese());  // as many Latin words as ideographs
  CHECK(CheckText("龙井茶 tea").isChinese());
  CHECK(CheckText("ÄBC 茶").folded() == "Äbc 茶");
  CHECK_FALSE(CheckText("Green tea 绿茶").isChinese());
  CHECK(CheckText("").codePointCount() == 0);
}

TEST_CASE("word bounds: glued letters and digits are no boundary, Chinese neighbours are") {
  const CheckText t("firstly first-wash 第一first茶 café");
  CHECK_FALSE(t.isWordBounded(0, 5));     // "first" in "firstly"
  CHECK(t.isWordBounded(8, 13));          // "first" before "-wash"
  CHECK(t.isWordBounded(25, 30));         // between 第一 and 茶
  CHECK_FALSE(t.isWordBounded(34, 37));   // "caf" glued to é
}

TEST_CASE("findings come ordered by start, then errors before warnings") {
  auto c = test::checkShipped("抗菌最佳，首选😀", {.field = "description"});
  REQUIRE(c.findings.size() >= 4);
  for (std::size_t i = 1; i < c.findings.size(); ++i) {
    const auto& a = c.findings[i - 1];
    const auto& b = c.findings[i];
    CHECK((a.start < b.start || (a.start == b.start && a.severity >= b.severity)));
  }
  CHECK(c.findings[0].rule == "health-green.health");
}

TEST_CASE("every message id of the catalogue has English wording; args fill the placeholders") {
  for (const char* id : {"limit.over", "limit.items", "term.banned", "term.maybe", "term.medical", "term.promotional",
                         "chars.forbidden", "chars.emoji", "chars.symbol", "word.repeated", "word.all-caps",
                         "claim.health", "claim.green", "glossary.banned", "glossary.required", "glossary.preferred",
                         "html.removed", "facts.number-mismatch", "facts.number-unstated", "facts.material-mismatch",
                         "facts.colour-mismatch", "keyword.missing", "keyword.density", "sentence.long",
                         "phrase.repeated", "grounding.unsupported"}) {
    Finding f;
    f.message = id;
    f.args = {"A1", "B2", "C3", "D4"};
    const std::string text = findingMessageEn(f);
    INFO(id << ": " << text);
    CHECK(text != id);
    CHECK(text.find("A1") != std::string::npos);
    CHECK((text.find('%') == std::string::npos || std::string_view(id) == "keyword.density"));
  }
  Finding over;
  over.message = "limit.over";
  over.args = {"205", "200", "characters", "5"};
  CHECK(findingMessageEn(over) == "Too long for the channel: 205 characters where the limit is 200 (5 over)");
  Finding unknown;
  unknown.message = "x.unknown";
  unknown.args = {"a", "b"};
  CHECK(findingMessageEn(unknown) == "x.unknown: a, b");
}
