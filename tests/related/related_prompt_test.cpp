// Related products in prompts (issue 14): {{#related}} renders each product's fields and reason,
// the shipped cross-sell templates list them, and a batch uses the writer's kept choice, else the
// finder's first five.
#include <catch2/catch.hpp>

#include "core/batch/batch_planner.h"
#include "core/related/related_context.h"
#include "core/related/related_selection.h"
#include "core/store/product_store.h"
#include "core/templates/compiled_prompt.h"
#include "core/templates/template_context.h"
#include "core/templates/template_file.h"
#include "tests/support/test_paths.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

Product product(const char* sku, const char* title, const char* price, std::vector<std::string> tags,
                std::vector<ProductLink> links = {}) {
  Product p;
  p.sku = sku;
  p.title = title;
  p.price = price;
  p.brand = "山岚茶舍";
  p.category = "茶叶";
  p.tags = std::move(tags);
  p.links = std::move(links);
  return p;
}

void seed(Database& db) {
  ProductStore store(db);
  for (const Product& p : {product("TEA", "西湖龙井", "268.00", {"绿茶"}, {{LinkKind::CrossSell, "CUP"}}),
                           product("CUP", "玻璃茶杯", "39.00", {"茶具"}), product("POT", "白瓷茶壶", "88.00", {"茶具"}),
                           product("BLR", "碧螺春", "158.00", {"绿茶"})}) {
    REQUIRE(store.upsert(p));
  }
}

std::string render(const PromptTemplate& prompt, const Json& context) {
  auto compiled = CompiledPrompt::compile(prompt);
  REQUIRE(compiled);
  return compiled->render(context).user;
}

batch::BatchTarget unusedTarget() {
  llm::ProviderProfile profile;
  profile.name = "Nowhere";
  profile.baseUrl = "http://127.0.0.1:9/v1";
  profile.defaultModel = "fake-small";
  return {profile, "fake-small"};
}

}  // namespace

TEST_CASE("related in templates: each product's fields and reason, and nothing for none") {
  test::TestStore store;
  auto db = store.openOrFail();
  seed(*db);
  const Product tea = **ProductStore(*db).findBySku("TEA");
  PromptTemplate prompt;
  prompt.userPart =
      "{{title}}{{#has_related}} with:{{/has_related}}\n{{#related}}- {{sku}} {{title}} {{price}} {{brand}} {{category}} "
      "{{reason}}{{#reason_is.cross_sell}} (goes with){{/reason_is.cross_sell}}{{#linked}} [link]{{/linked}}\n{{/related}}";
  CHECK(templateUsesRelated(prompt));
  PromptTemplate plain;
  plain.userPart = "{{title}} is related to nothing";
  CHECK_FALSE(templateUsesRelated(plain));

  Json context = buildTemplateContext(tea);
  CHECK(render(prompt, context) == "西湖龙井\n");  // without related products the section is skipped
  REQUIRE(addRelatedContext(*db, tea, std::span<Json>(&context, 1)));
  CHECK(render(prompt, context) ==
        "西湖龙井 with:\n"
        "- CUP 玻璃茶杯 39.00 山岚茶舍 茶叶 cross-sell (goes with) [link]\n"
        "- BLR 碧螺春 158.00 山岚茶舍 茶叶 tag\n"
        "- POT 白瓷茶壶 88.00 山岚茶舍 茶叶 category\n");

  for (const char* name : {"cross-sell-en.json", "cross-sell-zh.json"}) {
    auto shipped = loadTemplateFile(test::sourceDir() / "resources" / "templates" / name);
    REQUIRE(shipped);
    CHECK(templateUsesRelated(*shipped));
    const std::string user = render(*shipped, context);
    CHECK_THAT(user, Catch::Contains("玻璃茶杯") && Catch::Contains("碧螺春") && Catch::Contains("白瓷茶壶"));
  }
  auto zh = loadTemplateFile(test::sourceDir() / "resources" / "templates" / "cross-sell-zh.json");
  CHECK_THAT(render(*zh, context), Catch::Contains("- 玻璃茶杯（山岚茶舍），39.00：搭配推荐") &&
                                       Catch::Contains("- 碧螺春（山岚茶舍），158.00：相同标签（绿茶）"));
}

TEST_CASE("related in a batch: the writer's kept choice, else the finder's") {
  test::TestStore store;
  auto db = store.openOrFail();
  seed(*db);
  const auto file = store.dir() / "card.mustache";
  test::writeFile(file, "{{sku}}:{{#related}} {{sku}}={{reason}}{{/related}}\n");
  batch::BatchSpec spec;
  spec.templateRef = file.string();
  spec.skus = {"TEA", "CUP"};
  spec.targets.push_back(unusedTarget());

  auto plan = batch::BatchPlanner(*db).plan(spec);
  REQUIRE(plan);
  REQUIRE(plan->prompts.size() == 2);
  CHECK(plan->prompts[0].user == "TEA: CUP=cross-sell BLR=tag POT=category\n");
  CHECK(plan->prompts[1].user == "CUP: POT=tag BLR=category TEA=category\n");

  const Product tea = **ProductStore(*db).findBySku("TEA");
  REQUIRE(RelatedSelector(*db).keep(tea, {{"POT", "added"}, {"CUP", "cross-sell"}}, "Lin"));
  auto kept = batch::BatchPlanner(*db).plan(spec);
  REQUIRE(kept);
  CHECK(kept->prompts[0].user == "TEA: POT=added CUP=cross-sell\n");
  CHECK(kept->prompts[1].user == "CUP: POT=tag BLR=category TEA=category\n");
}
