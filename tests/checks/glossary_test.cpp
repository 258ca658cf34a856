#include <catch2/catch.hpp>

#include "core/checks/glossary.h"
#include "core/checks/rule_book.h"
#include "core/store/product.h"
#include "tests/checks/rule_test_support.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using copydesk::test::TempDir;
using Spans = std::vector<std::string>;

namespace {

std::vector<GlossaryEntry> sample() {
  return {
      {"", {"cheap", "便宜"}, {}, {{"wifi", "Wi-Fi"}}},
      {"West Lake \"Tea\" Co.", {"knock-off"}, {"Longjing"}, {{"dragonwell", "Dragon Well"}, {"龙井茶叶", "龙井"}}},
  };
}

}  // namespace

TEST_CASE("the glossary survives a write and a read, quotes and Chinese included") {
  TempDir dir;
  const auto file = dir / "sub" / "glossary.toml";
  REQUIRE(writeGlossary(file, sample()).ok());
  auto read = readGlossary(file);
  REQUIRE(read.ok());
  REQUIRE(read->size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK((*read)[i].brand == sample()[i].brand);
    CHECK((*read)[i].banned == sample()[i].banned);
    CHECK((*read)[i].required == sample()[i].required);
    CHECK((*read)[i].preferred == sample()[i].preferred);
  }
  CHECK(readGlossary(dir / "none.toml")->empty());
  test::writeFile(dir / "bad.toml", "[[brand]]\nname = \"x\"\nbanned = [1]\n");
  auto bad = readGlossary(dir / "bad.toml");
  REQUIRE_FALSE(bad.ok());
  CHECK_THAT(bad.error().where, Catch::Matches(".*bad\\.toml:3:\\d+"));
}

TEST_CASE("a written glossary is a rule set: banned, required and preferred, per brand") {
  TempDir dir;
  REQUIRE(writeGlossary(dir / "glossary.toml", sample()).ok());
  auto load = loadRuleBook(dir.path(), {});
  REQUIRE(load.problems.empty());

  Product product;
  product.brand = "West Lake \"Tea\" Co.";
  auto c = test::check(*load.book, "A cheap knock-off? No: wifi-ready dragonwell tea. Wi-Fi ready.", {.product = &product});
  CHECK(c.spans("glossary.banned") == Spans{"cheap", "knock-off"});
  CHECK(c.of("glossary.banned").at(1).source == "glossary: West Lake \"Tea\" Co.");
  CHECK(c.of("glossary.banned").at(0).source == "glossary");
  CHECK(c.spans("glossary.preferred") == Spans{"wifi", "dragonwell"});
  CHECK(c.of("glossary.preferred").at(1).args == Spans{"dragonwell", "Dragon Well"});
  const auto required = c.of("glossary.required");
  REQUIRE(required.size() == 1);
  CHECK(required[0].args == Spans{"Longjing"});
  CHECK(required[0].length == 0);

  auto other = test::check(*load.book, "A cheap knock-off.", {.brand = "Other"});
  CHECK(other.spans("glossary.banned") == Spans{"cheap"});
  CHECK_FALSE(other.fires("glossary.required"));
}

TEST_CASE("the shipped glossary is empty and says nothing") {
  auto c = test::checkShipped("wifi cheap anything");
  CHECK_FALSE(c.firesSet("glossary"));
}
