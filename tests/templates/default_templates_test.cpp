// The shipped prompt templates: all 18 load, parse, and render a sample product cleanly.
#include <catch2/catch.hpp>

#include <set>

#include "core/templates/compiled_prompt.h"
#include "core/templates/default_templates.h"
#include "core/templates/template_context.h"
#include "tests/support/test_paths.h"

using copydesk::Json;
using copydesk::PromptTemplate;

namespace {

std::vector<PromptTemplate> loadAll() {
  auto templates = copydesk::loadDefaultTemplates(copydesk::test::sourceDir() / "resources" / "templates");
  if (!templates) FAIL(templates.error().describe());
  return std::move(templates).value();
}

copydesk::Product sampleProduct() {
  copydesk::Product product;
  product.sku = "MUG-350";
  product.title = "Stoneware mug \"Fjord\" 350 ml";
  product.description = "Hand-glazed stoneware mug, dishwasher & microwave safe.";
  product.brand = "Nordhaus";
  product.category = "Kitchen > Mugs";
  product.tags = {"mug", "stoneware"};
  product.price = "18.50";
  product.attributes = Json{{"Material", "Stoneware"}, {"容量", "350 ml"}};
  copydesk::Variant blue;
  blue.sku = "MUG-350-BL";
  blue.title = "Blue";
  blue.price = "18.50";
  blue.options = Json{{"Colour", "Blue"}};
  product.variants.push_back(blue);
  return product;
}

}  // namespace

TEST_CASE("default templates: nine kinds in English and Chinese", "[default-templates]") {
  const auto templates = loadAll();
  REQUIRE(templates.size() == 18);
  std::set<std::string> names;
  std::set<std::string> fields;
  for (const PromptTemplate& prompt : templates) {
    names.insert(prompt.name);
    fields.insert(prompt.field);
    CHECK((prompt.language == "en" || prompt.language == "zh"));
    CHECK(prompt.name.ends_with("-" + prompt.language));
    CHECK_FALSE(prompt.systemPart.empty());
    CHECK_FALSE(prompt.userPart.empty());
  }
  CHECK(fields == std::set<std::string>{"title", "description", "bullets", "seo_title", "seo_description", "faq",
                                        "social", "cross_sell", "answer"});
  for (const char* kind : {"description", "title", "bullets", "seo-title", "seo-description", "faq", "social",
                           "cross-sell", "answer"}) {
    CHECK(names.count(std::string(kind) + "-en") == 1);
    CHECK(names.count(std::string(kind) + "-zh") == 1);
  }
}

TEST_CASE("default templates: each renders a product with no unknown variables", "[default-templates]") {
  for (const PromptTemplate& prompt : loadAll()) {
    INFO("template " << prompt.name);
    auto compiled = copydesk::CompiledPrompt::compile(prompt);
    if (!compiled) FAIL(compiled.error().describe(prompt.name) << " (" << compiled.error().part << " part)");
    // With no user variables at all: the declared defaults must cover every optional one.
    const auto bare = compiled->render(copydesk::buildTemplateContext(sampleProduct()));
    for (const auto& warning : bare.warnings) FAIL_CHECK(warning.describe(prompt.name));
    CHECK_THAT(bare.user, Catch::Contains("Stoneware mug \"Fjord\" 350 ml"));  // unescaped
    CHECK(bare.user.find("\n\n\n") == std::string::npos);
    CHECK(bare.system.find("\n\n\n") == std::string::npos);

    const Json vars{{"brand_voice", "calm, Scandinavian"}, {"audience", "coffee lovers"}, {"tone", "warm"},
                    {"keywords", "handmade mug"}, {"length", "short"}};
    const auto full = compiled->render(copydesk::buildTemplateContext(sampleProduct(), vars));
    CHECK(full.warnings.empty());
    CHECK_THAT(full.system + full.user, Catch::Contains("coffee lovers"));
    CHECK_THAT(full.system + full.user, Catch::Contains("handmade mug"));
  }
}

TEST_CASE("default templates: the FAQ prompt forbids invented facts", "[default-templates]") {
  for (const PromptTemplate& prompt : loadAll()) {
    if (prompt.field != "faq") continue;
    const std::string text = prompt.systemPart + prompt.userPart;
    if (prompt.language == "en") CHECK_THAT(text, Catch::Contains("Do not invent"));
    else CHECK_THAT(text, Catch::Contains("不得编造"));
  }
}

TEST_CASE("default templates: the answer prompts answer from the facts and say what the data does not state",
          "[default-templates]") {
  int answers = 0;
  for (const PromptTemplate& prompt : loadAll()) {
    if (prompt.field != "answer") continue;
    ++answers;
    auto compiled = copydesk::CompiledPrompt::compile(prompt);
    REQUIRE(compiled);
    Json context = copydesk::buildTemplateContext(sampleProduct());
    context["question"] = "Is the lid leak-proof?";
    const auto rendered = compiled->render(context);
    CHECK(rendered.warnings.empty());
    CHECK_THAT(rendered.user, Catch::Contains("Is the lid leak-proof?"));
    CHECK_THAT(rendered.user, Catch::Contains("Stoneware"));  // the facts it may answer from
    if (prompt.language == "en") {
      CHECK_THAT(rendered.system, Catch::Contains("Do not invent facts: never guess a size"));
      CHECK_THAT(rendered.system, Catch::Contains("say so plainly"));
    } else {
      CHECK_THAT(rendered.system, Catch::Contains("不得编造任何事实：不要猜测尺寸"));
      CHECK_THAT(rendered.system, Catch::Contains("要直接说明"));
    }
  }
  CHECK(answers == 2);
}
