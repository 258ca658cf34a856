// Unknown variables: every name the context lacks is reported with its place, once.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/templates/mustache_template.h"

using copydesk::Json;
using copydesk::MustacheTemplate;
using copydesk::TemplateDiagnostic;

namespace {

MustacheTemplate parse(const std::string& source, const copydesk::PartialLoader& loader = {}) {
  auto parsed = MustacheTemplate::parse(source, loader);
  if (!parsed) FAIL(parsed.error().describe("template"));
  return std::move(parsed).value();
}

std::vector<std::string> names(const std::vector<TemplateDiagnostic>& warnings) {
  std::vector<std::string> result;
  for (const auto& warning : warnings) result.push_back(warning.name);
  return result;
}

const Json kProduct = Json::parse(R"({
  "title": "Linen shirt", "brand": "Acme",
  "variants": [{"sku": "S-1", "options": {"Size": "S"}}, {"sku": "S-2", "options": {"Size": "M"}}],
  "vars": {"tone": "warm"}
})");

}  // namespace

TEST_CASE("warnings: a misspelt variable is reported with line and column", "[warnings]") {
  const auto tpl = parse("Title: {{title}}\nBrand: {{brand}}, {{titel}}\n");
  const auto output = tpl.render(kProduct);
  CHECK(output.text == "Title: Linen shirt\nBrand: Acme, \n");
  REQUIRE(output.warnings.size() == 1);
  const TemplateDiagnostic& warning = output.warnings[0];
  CHECK(warning.severity == TemplateDiagnostic::Severity::Warning);
  CHECK(warning.kind == TemplateDiagnostic::Kind::UnknownVariable);
  CHECK(warning.name == "titel");
  CHECK(warning.position.line == 2);
  CHECK(warning.position.column == 19);
  CHECK(warning.describe("desc.mustache") == "desc.mustache:2:19: warning: unknown variable 'titel'");
}

TEST_CASE("warnings: names inside sections resolve against the section's items", "[warnings]") {
  const auto tpl = parse("{{#variants}}{{sku}} {{options.Size}} {{title}} {{colour}}\n{{/variants}}");
  const auto warnings = tpl.check(kProduct);
  // sku and options.Size come from each variant, title from the product below it: only colour is unknown.
  REQUIRE(names(warnings) == std::vector<std::string>{"colour"});
  CHECK(warnings[0].position.line == 1);
  CHECK(warnings[0].position.column == 49);
}

TEST_CASE("warnings: each place is reported once even inside a list", "[warnings]") {
  const auto tpl = parse("{{#variants}}{{nope}}{{/variants}}{{nope}}");
  const auto warnings = tpl.check(kProduct);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].position.column == 14);
  CHECK(warnings[1].position.column == 35);
}

TEST_CASE("warnings: dotted names, sections, inverted sections", "[warnings]") {
  const auto tpl = parse("{{vars.tone}}{{vars.voice}}{{#onsale}}x{{/onsale}}{{^archived}}y{{/archived}}{{.}}");
  CHECK(names(tpl.check(kProduct)) == std::vector<std::string>{"vars.voice", "onsale", "archived"});
}

TEST_CASE("warnings: a name present with a null or false value is known", "[warnings]") {
  const auto tpl = parse("{{a}}{{#b}}{{/b}}");
  CHECK(tpl.check(Json{{"a", nullptr}, {"b", false}}).empty());
}

TEST_CASE("warnings: check and render report the same things", "[warnings]") {
  const auto tpl = parse("{{a}} {{#list}}{{b}}{{/list}}");
  const Json context{{"list", Json::array({Json::object()})}};
  CHECK(names(tpl.check(context)) == names(tpl.render(context).warnings));
  CHECK(names(tpl.check(context)) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("warnings: warnings can be switched off", "[warnings]") {
  const auto tpl = parse("{{missing}}");
  copydesk::RenderOptions options;
  options.collectWarnings = false;
  CHECK(tpl.render(Json::object(), options).warnings.empty());
}

TEST_CASE("warnings: inside a partial they name the partial", "[warnings]") {
  const auto tpl = parse("A\n{{>footer}}{{>nowhere}}", [](const std::string& name) -> std::optional<std::string> {
    if (name == "footer") return std::string("\n  {{shop_url}}");
    return std::nullopt;
  });
  const auto warnings = tpl.check(Json::object());
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].name == "shop_url");
  CHECK(warnings[0].templateName == "footer");
  CHECK(warnings[0].position.line == 2);
  CHECK(warnings[0].position.column == 3);
  CHECK(warnings[1].kind == TemplateDiagnostic::Kind::UnknownPartial);
  CHECK(warnings[1].name == "nowhere");
  CHECK(warnings[1].templateName.empty());
  CHECK(warnings[1].position.column == 12);
}

TEST_CASE("warnings: a partial that includes itself forever stops with a warning", "[warnings]") {
  const auto tpl = parse("{{>loop}}", [](const std::string&) -> std::optional<std::string> { return "x{{>loop}}"; });
  const auto output = tpl.render(Json::object());
  CHECK(output.text.size() > 100);
  CHECK(std::any_of(output.warnings.begin(), output.warnings.end(), [](const TemplateDiagnostic& w) {
    return w.kind == TemplateDiagnostic::Kind::RecursionLimit;
  }));
}

TEST_CASE("warnings: a partial that includes itself twice stops the render at the first limit", "[warnings]") {
  // Found by fuzz/targets/mustache: each branch stopped only itself, 2^200 expansions in all.
  const auto tpl =
      parse("{{>loop}}", [](const std::string&) -> std::optional<std::string> { return "x{{>loop}}{{>loop}}"; });
  const auto output = tpl.render(Json::object());
  CHECK(output.text.size() > 100);
  CHECK(output.text.size() < 1000);  // one branch down to the limit, then nothing more
  CHECK(std::any_of(output.warnings.begin(), output.warnings.end(), [](const TemplateDiagnostic& w) {
    return w.kind == TemplateDiagnostic::Kind::RecursionLimit;
  }));
}

TEST_CASE("warnings: sections nested over the same list stop at the render budget", "[warnings]") {
  // Each level misses the name in its item and finds the outer list again: 3^20 iterations unchecked.
  std::string source;
  for (int i = 0; i < 20; ++i) source += "{{#tags}}";
  source += "x";
  for (int i = 0; i < 20; ++i) source += "{{/tags}}";
  const auto tpl = parse(source);
  const auto output = tpl.render(Json{{"tags", Json::array({"a", "b", "c"})}});
  CHECK(output.text.size() > 1000);
  CHECK(output.text.size() < 3'000'000);
  REQUIRE(std::any_of(output.warnings.begin(), output.warnings.end(), [](const TemplateDiagnostic& w) {
    return w.kind == TemplateDiagnostic::Kind::RenderLimit && w.id == "template.render-too-large";
  }));
}

TEST_CASE("warnings: a large honest render stays under the budget", "[warnings]") {
  Json items = Json::array();
  for (int i = 0; i < 20000; ++i) items.push_back(Json{{"name", "item " + std::to_string(i)}});
  const auto tpl = parse("{{#items}}{{name}}, {{/items}}");
  const auto output = tpl.render(Json{{"items", items}});
  CHECK(output.warnings.empty());
  CHECK(output.text.find("item 19999, ") != std::string::npos);
}
