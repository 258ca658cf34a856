// copydesk-cli render, run as the built binary: exact stdout bytes, exit codes, stderr messages.
#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using test::runCommand;
using test::shellQuote;
using test::TempDir;
using test::writeFile;

namespace {

std::string cli() { return shellQuote((test::binDir() / "copydesk-cli").string()); }

std::string renderData(const std::filesystem::path& tpl, const std::filesystem::path& data) {
  return cli() + " render " + shellQuote(tpl.string()) + " --data " + shellQuote(data.string());
}

// A database with one product (and one stored template) for the --product form.
void seedDatabase(const std::filesystem::path& path) {
  auto db = Database::open(path);
  REQUIRE(db);
  Product product;
  product.sku = "TEA-1";
  product.title = "Jasmine \"Silver Needle\" tea & cup";
  product.brand = "云雾";
  product.description = "Hand-picked.";
  product.attributes = Json{{"产地", "福建"}};
  REQUIRE(ProductStore(**db).upsert(product));
  PromptTemplate prompt;
  prompt.name = "teaser";
  prompt.systemPart = "You write for {{brand}}.";
  prompt.userPart = "Tease {{title}} from {{产地}}.{{#tone}} Tone: {{tone}}.{{/tone}}";
  prompt.variables = Json{{"tone", ""}};
  REQUIRE(TemplateStore(**db).save(prompt, "test"));
}

}  // namespace

TEST_CASE("render cli: --data writes exactly the rendered bytes", "[cli]") {
  TempDir dir;
  writeFile(dir / "t.mustache", "Hi {{name}} & {{{raw}}}{{#items}}\n- {{.}}{{/items}}");
  writeFile(dir / "d.json", R"({"name": "<Ann>", "raw": "<b>", "items": ["a", "b"]})");
  const auto result = runCommand(renderData(dir / "t.mustache", dir / "d.json"));
  CHECK(result.exitCode == 0);
  CHECK(result.out == "Hi &lt;Ann&gt; & <b>\n- a\n- b");
  CHECK(result.err.empty());
}

TEST_CASE("render cli: --data accepts any JSON value and loads partials from the folder", "[cli]") {
  TempDir dir;
  writeFile(dir / "list.mustache", "{{#.}}\n  {{> item}}\n{{/.}}");
  writeFile(dir / "item.mustache", "<{{.}}>\n");
  writeFile(dir / "d.json", R"([1, "two"])");
  const auto result = runCommand(renderData(dir / "list.mustache", dir / "d.json"));
  CHECK(result.exitCode == 0);
  CHECK(result.out == "  <1>\n  <two>\n");
}

TEST_CASE("render cli: a syntax error is FILE:LINE:COL on stderr, exit 2", "[cli]") {
  TempDir dir;
  const auto tpl = dir / "bad.mustache";
  writeFile(tpl, "ok\n  {{#a}}x\n");
  writeFile(dir / "d.json", "{}");
  const auto result = runCommand(renderData(tpl, dir / "d.json"));
  CHECK(result.exitCode == 2);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::StartsWith(tpl.string() + ":2:3: unclosed section 'a'"));
}

TEST_CASE("render cli: a syntax error in a partial names the partial's file", "[cli]") {
  TempDir dir;
  writeFile(dir / "main.mustache", "{{>footer}}");
  writeFile(dir / "footer.mustache", "\n\n {{/x}}");
  writeFile(dir / "d.json", "{}");
  const auto result = runCommand(renderData(dir / "main.mustache", dir / "d.json"));
  CHECK(result.exitCode == 2);
  CHECK_THAT(result.err, Catch::StartsWith((dir / "footer.mustache").string() + ":3:2: "));
}

TEST_CASE("render cli: missing files and bad JSON are exit 2 naming the file", "[cli]") {
  TempDir dir;
  writeFile(dir / "t.mustache", "x");
  writeFile(dir / "bad.json", "{\n  \"a\": [1,\n}");
  auto result = runCommand(renderData(dir / "t.mustache", dir / "bad.json"));
  CHECK(result.exitCode == 2);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::StartsWith((dir / "bad.json").string() + ":3:1: invalid JSON"));

  result = runCommand(renderData(dir / "missing.mustache", dir / "bad.json"));
  CHECK(result.exitCode == 2);
  CHECK_THAT(result.err, Catch::StartsWith((dir / "missing.mustache").string() + ": cannot read"));

  result = runCommand(renderData(dir / "t.mustache", dir / "missing.json"));
  CHECK(result.exitCode == 2);
  CHECK_THAT(result.err, Catch::StartsWith((dir / "missing.json").string() + ": cannot read"));
}

TEST_CASE("render cli: --product renders a template file for a stored product", "[cli]") {
  TempDir dir;
  const auto db = dir / "c.db";
  seedDatabase(db);
  const auto tpl = dir / "desc.mustache";
  writeFile(tpl, "Write about {{title}} ({{产地}}).\n{{#audience}}\nFor {{audience}}.\n{{/audience}}\n{{titel}}");
  const std::string base = cli() + " --db " + shellQuote(db.string()) + " render " + shellQuote(tpl.string());
  auto result = runCommand(base + " --product TEA-1 --var audience=students");
  CHECK(result.exitCode == 0);
  // No system part: just the user part, unescaped, ending with a newline.
  CHECK(result.out == "Write about Jasmine \"Silver Needle\" tea & cup (福建).\nFor students.\n");
  CHECK(result.err == tpl.string() + ":5:1: warning: unknown variable 'titel'\n");

  result = runCommand(base + " --product NOPE-9");
  CHECK(result.exitCode == 2);
  CHECK_THAT(result.err, Catch::Contains("unknown product 'NOPE-9'"));
}

TEST_CASE("render cli: --product with a stored template prints both parts", "[cli]") {
  TempDir dir;
  const auto db = dir / "c.db";
  seedDatabase(db);
  const std::string base = cli() + " --db " + shellQuote(db.string()) + " render teaser --product TEA-1";
  auto result = runCommand(base);
  CHECK(result.exitCode == 0);
  CHECK(result.out ==
        "--- system ---\nYou write for 云雾.\n--- user ---\nTease Jasmine \"Silver Needle\" tea & cup from 福建.\n");
  CHECK(result.err.empty());

  result = runCommand(base + " --var tone=calm --var extra=1");
  CHECK(result.exitCode == 0);
  CHECK_THAT(result.out, Catch::EndsWith("from 福建. Tone: calm.\n"));

  result = runCommand(cli() + " --db " + shellQuote(db.string()) + " render nosuch --product TEA-1");
  CHECK(result.exitCode == 2);
  CHECK_THAT(result.err, Catch::Contains("unknown template 'nosuch'"));
}

TEST_CASE("render cli: usage errors and --help", "[cli]") {
  TempDir dir;
  writeFile(dir / "t.mustache", "x");
  auto result = runCommand(cli() + " render " + shellQuote((dir / "t.mustache").string()));
  CHECK(result.exitCode == 2);
  CHECK_THAT(result.err, Catch::Contains("--data"));

  result = runCommand(cli() + " render --help");
  CHECK(result.exitCode == 0);
  CHECK_THAT(result.out, Catch::Contains("--product"));
  CHECK_THAT(result.out, Catch::Contains("--- system ---"));
}

TEST_CASE("render cli: --var takes one value and may come before the template", "[cli]") {
  TempDir dir;
  writeFile(dir / "t.mustache", "{{a}}-{{b}}");
  writeFile(dir / "d.json", R"({"a": "data"})");
  const auto result = runCommand(cli() + " render --var b=x " + shellQuote((dir / "t.mustache").string()) +
                                 " --var a=y --data " + shellQuote((dir / "d.json").string()));
  CHECK(result.exitCode == 0);
  CHECK(result.out == "y-x");
}

TEST_CASE("render cli: a parent template with blocks is loaded from the folder", "[cli]") {
  TempDir dir;
  // The body block stands on its own lines, so it leaves no line of its own behind (spec).
  writeFile(dir / "base.mustache", "Voice: {{$voice}}neutral{{/voice}}\n{{$body}}\n{{/body}}\nThanks.\n");
  writeFile(dir / "page.mustache", "{{<base}}\n{{$body}}\n  About {{name}}.\n{{/body}}\n{{/base}}\n");
  writeFile(dir / "d.json", R"({"name": "tea"})");
  const auto result = runCommand(renderData(dir / "page.mustache", dir / "d.json"));
  CHECK(result.exitCode == 0);
  CHECK(result.out == "Voice: neutral\nAbout tea.\nThanks.\n");
}

TEST_CASE("render cli: a syntax error in a .json template's system part", "[cli]") {
  TempDir dir;
  const auto db = dir / "c.db";
  seedDatabase(db);
  const auto tpl = dir / "t.json";
  writeFile(tpl, R"({"system": "ok\n{{#x}}", "user": "{{title}}"})");
  const auto result =
      runCommand(cli() + " --db " + shellQuote(db.string()) + " render " + shellQuote(tpl.string()) + " --product TEA-1");
  CHECK(result.exitCode == 2);
  CHECK(result.out.empty());
  CHECK_THAT(result.err, Catch::StartsWith(tpl.string() + ":2:1: unclosed section 'x'"));
  CHECK_THAT(result.err, Catch::Contains("(system part)"));
}
