#include <catch2/catch.hpp>

#include <algorithm>

#include "core/checks/channel_limits.h"
#include "core/checks/rule_book.h"
#include "core/common/paths.h"
#include "tests/checks/rule_test_support.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using copydesk::test::loadOne;
using copydesk::test::TempDir;
using copydesk::test::writeFile;

namespace {

const char* kTermsFile = R"([set]
id = "mine"
name_en = "Mine"

[[rule]]
id = "words"
kind = "terms"
severity = "warning"
terms = ["cheap"]
)";

std::string problemsOf(const RuleBookLoad& load) {
  std::string all;
  for (const auto& p : load.problems) all += p.describe() + "\n";
  return all;
}

}  // namespace

TEST_CASE("every shipped rule file loads without a problem, each rule explained with a source") {
  auto load = loadRuleBook(test::sourceDir() / "resources" / "checks", {});
  INFO(problemsOf(load));
  REQUIRE(load.problems.empty());
  std::vector<std::string> sets;
  for (const auto& s : load.book->sets) sets.push_back(s.id);
  std::sort(sets.begin(), sets.end());
  for (const char* id : {"channel-limits", "cn-ad-law", "marketplace", "health-green", "glossary", "html-safety", "readability"})
    CHECK(std::find(sets.begin(), sets.end(), id) != sets.end());
  for (const auto& rule : load.book->rules) {
    INFO(rule->meta().fullId());
    CHECK_FALSE(rule->meta().explanationEn.empty());
    CHECK_FALSE(rule->meta().explanationZh.empty());
    CHECK_FALSE(rule->meta().source.empty());
  }
}

TEST_CASE("the shipped channel limits equal the export's defaults") {
  const auto book = test::shippedBook();
  const ExportLimits defaults;
  for (const ChannelLimit& limit : channelLimits(defaults)) {
    INFO(limit.channel << " " << limit.field);
    const CheckChannel* channel = book->channelFor(limit.channel, limit.field);
    REQUIRE(channel);
    CHECK(channel->max == limit.max);
    CHECK(channel->unit == (limit.unit == LengthUnit::Bytes ? "bytes" : limit.unit == LengthUnit::Width ? "width" : "chars"));
    CHECK(channel->perItem == limit.perBullet);
    CHECK(channel->maxItems == limit.maxItems);
  }
  for (const char* id : {"amazon-title", "amazon-bullet", "amazon-description", "amazon-search-terms", "taobao-title",
                         "shopify-seo-title", "shopify-seo-description"})
    CHECK(book->channel(id));
  CHECK(book->channelFor("amazon", "bullets")->id == "amazon-bullet");
  CHECK(book->channelFor("amazon", "keywords")->id == "amazon-search-terms");
  CHECK_FALSE(book->channelFor("amazon", "faq"));
}

TEST_CASE("a syntax error names the file, line and column") {
  auto load = loadOne("[set]\nid = \"x\"\n\n[[rule]]\nid = \"a\"\nkind = \"terms\n", "broken.toml");
  REQUIRE(load.problems.size() == 1);
  CHECK(load.problems[0].code == ErrorCode::InvalidInput);
  CHECK_THAT(load.problems[0].where, Catch::Matches(".*broken\\.toml:6:\\d+"));
  REQUIRE(load.book);
  CHECK(load.book->rules.empty());
}

TEST_CASE("an unknown kind, an unknown severity and a missing key name the file, line and column") {
  SECTION("kind") {
    auto load = loadOne("[set]\nid = \"x\"\n\n[[rule]]\nid = \"a\"\nseverity = \"error\"\nkind = \"telepathy\"\n", "k.toml");
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].where.ends_with("k.toml:7:8"));
    CHECK_THAT(load.problems[0].message, Catch::Contains("telepathy"));
  }
  SECTION("severity") {
    auto load = loadOne("[set]\nid = \"x\"\n\n[[rule]]\nid = \"a\"\nkind = \"terms\"\nseverity = \"fatal\"\nterms = [\"a\"]\n", "s.toml");
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].where.ends_with("s.toml:7:12"));
    CHECK_THAT(load.problems[0].message, Catch::Contains("fatal"));
  }
  SECTION("missing terms") {
    auto load = loadOne("[set]\nid = \"x\"\n\n[[rule]]\nid = \"a\"\nkind = \"terms\"\nseverity = \"error\"\n", "m.toml");
    REQUIRE(load.problems.size() == 1);
    CHECK_THAT(load.problems[0].where, Catch::Matches(".*m\\.toml:4:\\d+"));
    CHECK_THAT(load.problems[0].message, Catch::Contains("terms"));
  }
  SECTION("missing [set]") {
    auto load = loadOne("[[rule]]\nid = \"a\"\n", "n.toml");
    REQUIRE(load.problems.size() == 1);
    CHECK_THAT(load.problems[0].where, Catch::Matches(".*n\\.toml:\\d+:\\d+"));
  }
  SECTION("a bad channel unit") {
    auto load = loadOne("[set]\nid = \"x\"\n[[channel]]\nid = \"c\"\nfield = \"title\"\nmax = 10\nunit = \"inches\"\n", "c.toml");
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].where.ends_with("c.toml:7:8"));
  }
}

TEST_CASE("a user's file replaces the shipped one of the same name; other user files add sets") {
  TempDir shipped, user;
  writeFile(shipped / "mine.toml", kTermsFile);
  std::string replaced = kTermsFile;
  replaced.replace(replaced.find("\"cheap\""), 7, "\"pricey\"");
  writeFile(user / "mine.toml", replaced);
  writeFile(user / "extra.toml", "[set]\nid = \"extra\"\n[[rule]]\nid = \"e\"\nkind = \"emoji\"\nseverity = \"info\"\n");

  auto load = loadRuleBook(shipped.path(), user.path());
  INFO(problemsOf(load));
  REQUIRE(load.problems.empty());
  REQUIRE(load.book->sets.size() == 2);
  auto checked = test::check(*load.book, "cheap and pricey 😀");
  CHECK(checked.spans("mine.words") == std::vector<std::string>{"pricey"});
  CHECK(checked.fires("extra.e"));
  auto mine = std::find_if(load.book->sets.begin(), load.book->sets.end(), [](const RuleSetInfo& s) { return s.id == "mine"; });
  CHECK(mine->fromUser);
}

TEST_CASE("a broken user file is a problem, not a crash, and the other sets still load") {
  TempDir shipped, user;
  writeFile(shipped / "mine.toml", kTermsFile);
  writeFile(shipped / "other.toml", "[set]\nid = \"other\"\n[[rule]]\nid = \"e\"\nkind = \"emoji\"\nseverity = \"info\"\n");
  writeFile(user / "mine.toml", "[set\nid = ");
  auto load = loadRuleBook(shipped.path(), user.path());
  REQUIRE(load.problems.size() == 1);
  CHECK_THAT(load.problems[0].where, Catch::Matches(".*mine\\.toml:1:\\d+"));
  REQUIRE(load.book->sets.size() == 1);
  CHECK(load.book->sets[0].id == "other");
}

TEST_CASE("the same set id in two files is a problem") {
  TempDir shipped;
  writeFile(shipped / "a.toml", kTermsFile);
  writeFile(shipped / "b.toml", kTermsFile);
  auto load = loadRuleBook(shipped.path(), {});
  REQUIRE(load.problems.size() == 1);
  CHECK_THAT(load.problems[0].where, Catch::Contains("b.toml"));
  CHECK(load.book->sets.size() == 1);
}

TEST_CASE("the fingerprint changes when a file changes, is added, or is renamed") {
  TempDir dir;
  writeFile(dir / "mine.toml", kTermsFile);
  const auto first = loadRuleBook(dir.path(), {}).book->fingerprint;
  CHECK(loadRuleBook(dir.path(), {}).book->fingerprint == first);

  std::string changed = kTermsFile;
  changed += "\n# a comment\n";
  writeFile(dir / "mine.toml", changed);
  const auto second = loadRuleBook(dir.path(), {}).book->fingerprint;
  CHECK(second != first);

  std::filesystem::rename(dir / "mine.toml", dir / "yours.toml");
  CHECK(loadRuleBook(dir.path(), {}).book->fingerprint != second);

  writeFile(dir / "broken.toml", "[set");
  CHECK(loadRuleBook(dir.path(), {}).book->fingerprint != second);
}

TEST_CASE("the user's rules folder: COPYDESK_CHECKS_DIR, else XDG_DATA_HOME, else ~/.local/share") {
  const char* saved[] = {std::getenv("COPYDESK_CHECKS_DIR"), std::getenv("XDG_DATA_HOME"), std::getenv("HOME")};
  const std::string keep[] = {saved[0] ? saved[0] : "", saved[1] ? saved[1] : "", saved[2] ? saved[2] : ""};
  setenv("COPYDESK_CHECKS_DIR", "/tmp/my-checks", 1);
  CHECK(userRulesDir() == "/tmp/my-checks");
  unsetenv("COPYDESK_CHECKS_DIR");
  setenv("XDG_DATA_HOME", "/tmp/xdg", 1);
  CHECK(userRulesDir() == "/tmp/xdg/copydesk/checks");
  unsetenv("XDG_DATA_HOME");
  setenv("HOME", "/tmp/home", 1);
  CHECK(userRulesDir() == "/tmp/home/.local/share/copydesk/checks");
  CHECK(shippedRulesDir() == resourcesDir() / "checks");
  const char* names[] = {"COPYDESK_CHECKS_DIR", "XDG_DATA_HOME", "HOME"};
  for (int i = 0; i < 3; ++i) {
    if (saved[i]) setenv(names[i], keep[i].c_str(), 1);
    else unsetenv(names[i]);
  }
}
