// Prompt rendering: no HTML escaping, empty variables hide their sections, parts named in errors.
#include <catch2/catch.hpp>

#include "core/templates/compiled_prompt.h"
#include "core/templates/prompt_renderer.h"

using copydesk::Json;
using copydesk::PromptTemplate;

namespace {

PromptTemplate makePrompt(std::string system, std::string user) {
  PromptTemplate prompt;
  prompt.name = "test-prompt";
  prompt.systemPart = std::move(system);
  prompt.userPart = std::move(user);
  return prompt;
}

}  // namespace

TEST_CASE("prompt: quotes and ampersands reach the model unescaped", "[prompt]") {
  const auto prompt = makePrompt("You write for {{brand}}.", "Describe: {{title}} <{{{title}}}>");
  const Json context{{"brand", "Smith & Sons"}, {"title", "12\" \"Deluxe\" pan <b>"}};
  auto rendered = copydesk::renderPrompt(prompt, context);
  REQUIRE(rendered);
  CHECK(rendered->system == "You write for Smith & Sons.");
  CHECK(rendered->user == "Describe: 12\" \"Deluxe\" pan <b> <12\" \"Deluxe\" pan <b>>");
  CHECK(rendered->warnings.empty());
}

TEST_CASE("prompt: the same template escapes in standard Mustache mode", "[prompt]") {
  auto tpl = copydesk::MustacheTemplate::parse("{{title}}");
  REQUIRE(tpl);
  CHECK(tpl->render(Json{{"title", "A & \"B\""}}).text == "A &amp; &quot;B&quot;");
}

TEST_CASE("prompt: an empty variable hides its section without leaving an empty line", "[prompt]") {
  const auto prompt = makePrompt("", "Write copy.\n{{#tone}}\nTone: {{tone}}\n{{/tone}}\n{{^tone}}\nTone: neutral\n{{/tone}}\nEnd");
  auto rendered = copydesk::renderPrompt(prompt, Json{{"tone", ""}});
  REQUIRE(rendered);
  CHECK(rendered->user == "Write copy.\nTone: neutral\nEnd");
  rendered = copydesk::renderPrompt(prompt, Json{{"tone", "playful"}});
  REQUIRE(rendered);
  CHECK(rendered->user == "Write copy.\nTone: playful\nEnd");
  CHECK(rendered->system.empty());
}

TEST_CASE("prompt: declared variables fill in what the context lacks", "[prompt]") {
  auto prompt = makePrompt("", "{{#audience}}For {{audience}}. {{/audience}}{{vars.length}}");
  prompt.variables = Json{{"audience", ""}, {"length", "short"}};
  auto rendered = copydesk::renderPrompt(prompt, Json{{"title", "x"}});
  REQUIRE(rendered);
  CHECK(rendered->user == "short");
  CHECK(rendered->warnings.empty());
  rendered = copydesk::renderPrompt(prompt, Json{{"audience", "runners"}, {"vars", {{"length", "long"}}}});
  REQUIRE(rendered);
  CHECK(rendered->user == "For runners. long");
}

TEST_CASE("prompt: warnings name their part", "[prompt]") {
  const auto prompt = makePrompt("Voice: {{brand_voise}}", "{{title}}\n{{titel}}");
  auto rendered = copydesk::renderPrompt(prompt, Json{{"title", "Shirt"}});
  REQUIRE(rendered);
  REQUIRE(rendered->warnings.size() == 2);
  CHECK(rendered->warnings[0].part == "system");
  CHECK(rendered->warnings[0].name == "brand_voise");
  CHECK(rendered->warnings[1].part == "user");
  CHECK(rendered->warnings[1].position.line == 2);
  CHECK(rendered->warnings[1].position.column == 1);
}

TEST_CASE("prompt: a syntax error names the part and line:column", "[prompt]") {
  auto rendered = copydesk::renderPrompt(makePrompt("ok", "line\n  {{#a}}"), Json::object());
  REQUIRE_FALSE(rendered);
  CHECK(rendered.error().code == copydesk::ErrorCode::InvalidInput);
  CHECK(rendered.error().where == "test-prompt:2:3");
  CHECK_THAT(rendered.error().message, Catch::StartsWith("user part: unclosed section 'a'"));

  rendered = copydesk::renderPrompt(makePrompt("{{/x}}", "fine"), Json::object());
  REQUIRE_FALSE(rendered);
  CHECK(rendered.error().where == "test-prompt:1:1");
  CHECK_THAT(rendered.error().message, Catch::StartsWith("system part: "));
}

TEST_CASE("prompt: a compiled prompt renders many products", "[prompt]") {
  auto compiled = copydesk::CompiledPrompt::compile(makePrompt("", "{{sku}}:{{#tags}}[{{.}}]{{/tags}}"));
  REQUIRE(compiled);
  CHECK(compiled->render(Json{{"sku", "A"}, {"tags", {"x", "y"}}}).user == "A:[x][y]");
  CHECK(compiled->render(Json{{"sku", "B"}, {"tags", Json::array()}}).user == "B:");
}

TEST_CASE("prompt: lists of plain values read as a comma list", "[prompt]") {
  auto rendered = copydesk::renderPrompt(makePrompt("", "Tags: {{tags}}; n={{n}}; ok={{ok}}"),
                                         Json{{"tags", {"cotton", "summer"}}, {"n", 3}, {"ok", true}});
  REQUIRE(rendered);
  CHECK(rendered->user == "Tags: cotton, summer; n=3; ok=true");
}
