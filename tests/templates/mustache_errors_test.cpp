// Syntax errors: each names its line and column (1-based) and says what is wrong.
#include <catch2/catch.hpp>

#include "core/templates/mustache_template.h"

using copydesk::MustacheTemplate;
using copydesk::TemplateDiagnostic;

namespace {

TemplateDiagnostic errorOf(const std::string& source, const copydesk::PartialLoader& loader = {}) {
  auto parsed = MustacheTemplate::parse(source, loader);
  REQUIRE_FALSE(parsed);
  return parsed.error();
}

}  // namespace

TEST_CASE("errors: unclosed tag points at its opening delimiter", "[errors]") {
  const auto error = errorOf("Hello\n  {{name\nmore");
  CHECK(error.position.line == 2);
  CHECK(error.position.column == 3);
  CHECK(error.severity == TemplateDiagnostic::Severity::Error);
  CHECK_THAT(error.message, Catch::Contains("unclosed tag"));
  CHECK(error.describe("t.mustache") == "t.mustache:2:3: " + error.message);
}

TEST_CASE("errors: unclosed triple mustache", "[errors]") {
  const auto error = errorOf("a {{{raw}}");
  CHECK(error.position.line == 1);
  CHECK(error.position.column == 3);
  CHECK_THAT(error.message, Catch::Contains("'}}}'"));
}

TEST_CASE("errors: unclosed section names the section and where it opened", "[errors]") {
  const auto error = errorOf("line one\nx {{#variants}}{{sku}}\n");
  CHECK(error.position.line == 2);
  CHECK(error.position.column == 3);
  CHECK_THAT(error.message, Catch::Contains("unclosed section 'variants'"));
  CHECK_THAT(error.message, Catch::Contains("{{#variants}}"));
}

TEST_CASE("errors: mismatched close tag names both sections", "[errors]") {
  const auto error = errorOf("{{#a}}\n  {{#b}}x{{/a}}\n{{/b}}");
  CHECK(error.position.line == 2);
  CHECK(error.position.column == 10);
  CHECK_THAT(error.message, Catch::Contains("mismatched close tag '{{/a}}'"));
  CHECK_THAT(error.message, Catch::Contains("'b'"));
  CHECK_THAT(error.message, Catch::Contains("2:3"));
}

TEST_CASE("errors: a close tag with nothing open", "[errors]") {
  const auto error = errorOf("abc{{/a}}");
  CHECK(error.position.line == 1);
  CHECK(error.position.column == 4);
  CHECK_THAT(error.message, Catch::Contains("no open section"));
}

TEST_CASE("errors: empty tags", "[errors]") {
  auto error = errorOf("x\n\n {{ }}");
  CHECK(error.position.line == 3);
  CHECK(error.position.column == 2);
  CHECK_THAT(error.message, Catch::Contains("empty tag"));
  error = errorOf("{{#}}{{/}}");
  CHECK(error.position.column == 1);
  CHECK_THAT(error.message, Catch::Contains("empty tag"));
}

TEST_CASE("errors: bad delimiter changes", "[errors]") {
  auto error = errorOf("ok\n{{=<% %>}}");
  CHECK(error.position.line == 2);
  CHECK(error.position.column == 1);
  CHECK_THAT(error.message, Catch::Contains("bad delimiter change"));
  error = errorOf("{{=<%=}}");
  CHECK_THAT(error.message, Catch::Contains("bad delimiter change"));
  error = errorOf("{{=a b c=}}");
  CHECK_THAT(error.message, Catch::Contains("bad delimiter change"));
}

TEST_CASE("errors: positions after a delimiter change use the new delimiters", "[errors]") {
  const auto error = errorOf("{{=<% %>=}}\n<%#a%>{{not a tag}}\n");
  CHECK(error.position.line == 2);
  CHECK(error.position.column == 1);
  CHECK_THAT(error.message, Catch::Contains("unclosed section 'a'"));
  CHECK_THAT(error.message, Catch::Contains("<%#a%>"));
}

TEST_CASE("errors: spaces inside a name and empty dotted parts", "[errors]") {
  auto error = errorOf("{{pro duct}}");
  CHECK_THAT(error.message, Catch::Contains("space"));
  error = errorOf("ab{{a..b}}");
  CHECK(error.position.column == 3);
  CHECK_THAT(error.message, Catch::Contains("bad name 'a..b'"));
}

TEST_CASE("errors: columns count characters, not bytes", "[errors]") {
  const auto error = errorOf("标题：{{#标题}}");
  CHECK(error.position.line == 1);
  CHECK(error.position.column == 4);
}

TEST_CASE("errors: an unclosed block inside a parent", "[errors]") {
  const auto error = errorOf("{{<base}}\n{{$body}}text\n{{/base}}");
  CHECK(error.position.line == 3);
  CHECK(error.position.column == 1);
  CHECK_THAT(error.message, Catch::Contains("mismatched close tag '{{/base}}'"));
  CHECK_THAT(error.message, Catch::Contains("block 'body'"));
}

TEST_CASE("errors: a syntax error inside a partial names the partial", "[errors]") {
  const auto error = errorOf("ok {{>footer}}", [](const std::string& name) -> std::optional<std::string> {
    if (name == "footer") return std::string("line\n{{#x}}");
    return std::nullopt;
  });
  CHECK(error.templateName == "footer");
  CHECK(error.position.line == 2);
  CHECK(error.position.column == 1);
  CHECK_THAT(error.message, Catch::Contains("in partial 'footer'"));
}

TEST_CASE("errors: absurdly deep nesting is refused, not a stack overflow", "[errors]") {
  std::string source;
  for (int i = 0; i < 5000; ++i) source += "{{#a}}";
  const auto error = errorOf(source);
  CHECK(error.position.line == 1);
  CHECK(error.position.column == 256 * 6 + 1);
  CHECK_THAT(error.message, Catch::Contains("nest deeper"));
  // 200 levels are fine.
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "{{#a}}";
  deep += "x";
  for (int i = 0; i < 200; ++i) deep += "{{/a}}";
  auto parsed = MustacheTemplate::parse(deep);
  REQUIRE(parsed);
  CHECK(parsed->render(copydesk::Json{{"a", true}}).text == "x");
}
