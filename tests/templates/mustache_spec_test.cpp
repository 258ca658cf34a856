// Runs the official Mustache spec files (../shared/spec/mustache) case by case at test time.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "core/common/json.h"
#include "core/templates/mustache_template.h"
#include "tests/support/test_paths.h"

using copydesk::Json;
using copydesk::MustacheTemplate;

namespace {

Json loadSpec(const std::string& file) {
  const std::filesystem::path path = copydesk::test::sharedDir() / "spec" / "mustache" / file;
  INFO("spec file " << path.string());
  // No skipping: a missing spec folder must fail the suite, not quietly pass it.
  REQUIRE(std::filesystem::exists(path));
  return Json::parse(copydesk::test::readFile(path));
}

copydesk::PartialLoader loaderFor(const Json& test) {
  const Json partials = test.value("partials", Json::object());
  return [partials](const std::string& name) -> std::optional<std::string> {
    const auto found = partials.find(name);
    if (found == partials.end()) return std::nullopt;
    return found->get<std::string>();
  };
}

void runSpecFile(const std::string& file) {
  const Json spec = loadSpec(file);
  REQUIRE(spec.contains("tests"));
  REQUIRE(spec["tests"].size() > 0);
  int index = 0;
  for (const Json& test : spec["tests"]) {
    const std::string name = test["name"].get<std::string>();
    // The number keeps cases apart that share a name (the inheritance file has two).
    DYNAMIC_SECTION(file << " #" << ++index << ": " << name) {
      const std::string source = test["template"].get<std::string>();
      INFO("template: " << source);
      INFO("data: " << test["data"].dump());
      auto parsed = MustacheTemplate::parse(source, loaderFor(test));
      if (!parsed) FAIL("syntax error: " << parsed.error().describe(""));
      REQUIRE(parsed);
      CHECK(parsed->render(test["data"]).text == test["expected"].get<std::string>());
    }
  }
}

}  // namespace

TEST_CASE("spec: comments", "[spec]") { runSpecFile("comments.json"); }
TEST_CASE("spec: delimiters", "[spec]") { runSpecFile("delimiters.json"); }
TEST_CASE("spec: interpolation", "[spec]") { runSpecFile("interpolation.json"); }
TEST_CASE("spec: inverted", "[spec]") { runSpecFile("inverted.json"); }
TEST_CASE("spec: partials", "[spec]") { runSpecFile("partials.json"); }
TEST_CASE("spec: sections", "[spec]") { runSpecFile("sections.json"); }
TEST_CASE("spec: inheritance", "[spec]") { runSpecFile("~inheritance.json"); }

TEST_CASE("spec: one parsed template renders many contexts alike", "[spec]") {
  auto parsed = MustacheTemplate::parse("{{#items}}{{name}};{{/items}}{{^items}}none{{/items}}");
  REQUIRE(parsed);
  for (int i = 0; i < 3; ++i) {
    CHECK(parsed->render(Json{{"items", Json::array({Json{{"name", "a"}}, Json{{"name", "b"}}})}}).text == "a;b;");
    CHECK(parsed->render(Json{{"items", Json::array()}}).text == "none");
  }
}
