// Template definitions from files: .json definitions, bare Mustache files, errors naming the file.
#include <catch2/catch.hpp>

#include "core/templates/json_file.h"
#include "core/templates/template_file.h"
#include "tests/support/test_paths.h"

using copydesk::Json;
using copydesk::test::TempDir;
using copydesk::test::writeFile;

TEST_CASE("template file: a .json definition with every field", "[template-file]") {
  TempDir dir;
  writeFile(dir / "desc.json", R"({
    "name": "desc-en", "field": "description", "channel": "shopify", "language": "en",
    "system": ["You are a copywriter.", "Be brief."], "user": "Write about {{title}}.",
    "model": "gpt-4o-mini", "temperature": 0.4, "max_tokens": 500,
    "variables": {"tone": "", "length": "80 words"}
  })");
  auto prompt = copydesk::loadTemplateFile(dir / "desc.json");
  REQUIRE(prompt);
  CHECK(prompt->name == "desc-en");
  CHECK(prompt->channel == "shopify");
  CHECK(prompt->language == "en");
  CHECK(prompt->systemPart == "You are a copywriter.\nBe brief.");
  CHECK(prompt->userPart == "Write about {{title}}.");
  CHECK(prompt->defaults.model == "gpt-4o-mini");
  CHECK(prompt->defaults.temperature == Approx(0.4));
  CHECK(prompt->defaults.maxTokens == 500);
  CHECK(prompt->variables == Json({{"tone", ""}, {"length", "80 words"}}));

  const Json back = copydesk::templateToJson(*prompt);
  auto again = copydesk::templateFromJson(back, "x", "memory");
  REQUIRE(again);
  CHECK(again->systemPart == prompt->systemPart);
  CHECK(again->defaults.maxTokens == 500);
}

TEST_CASE("template file: a bare Mustache file is the user part", "[template-file]") {
  TempDir dir;
  writeFile(dir / "teaser.mustache", "Tease {{title}}\n");
  auto prompt = copydesk::loadTemplateFile(dir / "teaser.mustache");
  REQUIRE(prompt);
  CHECK(prompt->name == "teaser");
  CHECK(prompt->field == "description");
  CHECK(prompt->systemPart.empty());
  CHECK(prompt->userPart == "Tease {{title}}\n");
}

TEST_CASE("template file: errors name the file", "[template-file]") {
  TempDir dir;
  auto missing = copydesk::loadTemplateFile(dir / "nope.mustache");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().where == (dir / "nope.mustache").string());
  CHECK_THAT(missing.error().message, Catch::Contains("cannot read"));

  writeFile(dir / "broken.json", "{\n  \"name\": \"x\",\n  \"user\": oops\n}");
  auto broken = copydesk::loadTemplateFile(dir / "broken.json");
  REQUIRE_FALSE(broken);
  CHECK(broken.error().where == (dir / "broken.json").string() + ":3:11");
  CHECK_THAT(broken.error().message, Catch::StartsWith("invalid JSON: "));

  writeFile(dir / "typed.json", R"({"user": "x", "temperature": "hot"})");
  auto typed = copydesk::loadTemplateFile(dir / "typed.json");
  REQUIRE_FALSE(typed);
  CHECK(typed.error().where == (dir / "typed.json").string());
  CHECK(typed.error().message == "field 'temperature' must be a number");

  writeFile(dir / "nouser.json", R"({"system": "x"})");
  auto noUser = copydesk::loadTemplateFile(dir / "nouser.json");
  REQUIRE_FALSE(noUser);
  CHECK(noUser.error().message == "field 'user' is missing");
}

TEST_CASE("template file: the file stem is the default name", "[template-file]") {
  TempDir dir;
  writeFile(dir / "social-en.json", R"({"user": ["a", "b"]})");
  auto prompt = copydesk::loadTemplateFile(dir / "social-en.json");
  REQUIRE(prompt);
  CHECK(prompt->name == "social-en");
  CHECK(prompt->userPart == "a\nb");
}
