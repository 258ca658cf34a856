// The context a prompt sees for a product: fields, attributes by column name, user variables.
#include <catch2/catch.hpp>

#include "core/templates/mustache_template.h"
#include "core/templates/prompt_renderer.h"
#include "core/templates/template_context.h"

using copydesk::Json;
using copydesk::Product;

namespace {

Product sampleProduct() {
  Product product;
  product.sku = "TEE-01";
  product.title = "有机棉T恤";
  product.description = "柔软透气";
  product.brand = "山川";
  product.category = "服装";
  product.tags = {"夏季", "棉"};
  product.price = "99.00";
  product.attributes = Json{{"材质", "100% 有机棉"}, {"产地", "新疆"}, {"Product Type", "Shirt"}, {"title", "ignored"}};
  copydesk::Variant small;
  small.sku = "TEE-01-S";
  small.title = "S";
  small.price = "99.00";
  small.options = Json{{"尺码", "S"}};
  product.variants.push_back(small);
  return product;
}

}  // namespace

TEST_CASE("context: well-known fields, lists and objects", "[context]") {
  const Json context = copydesk::buildTemplateContext(sampleProduct());
  CHECK(context["sku"] == "TEE-01");
  CHECK(context["title"] == "有机棉T恤");
  CHECK(context["tags"] == Json::array({"夏季", "棉"}));
  CHECK(context["tags_text"] == "夏季, 棉");
  CHECK(context["has_variants"] == true);
  CHECK(context["variants"][0]["sku"] == "TEE-01-S");
  CHECK(context["variants"][0]["option_list"][0] == Json({{"name", "尺码"}, {"value", "S"}}));
  CHECK(context["attributes"]["材质"] == "100% 有机棉");
  CHECK(context["attribute_list"].size() == 4);
}

TEST_CASE("context: attributes at top level by column name, never over a product field", "[context]") {
  const Json context = copydesk::buildTemplateContext(sampleProduct());
  CHECK(context["材质"] == "100% 有机棉");
  CHECK(context["产地"] == "新疆");
  CHECK(context["Product Type"] == "Shirt");
  CHECK(context["product_type"] == "Shirt");
  CHECK(context["title"] == "有机棉T恤");
  CHECK(context["attributes"]["title"] == "ignored");
}

TEST_CASE("context: user variables at top level and under vars", "[context]") {
  const Json vars{{"brand_voice", "亲切"}, {"audience", "学生"}, {"材质", "from vars"}, {"sku", "nope"}};
  const Json context = copydesk::buildTemplateContext(sampleProduct(), vars);
  CHECK(context["vars"] == vars);
  CHECK(context["brand_voice"] == "亲切");
  CHECK(context["audience"] == "学生");
  CHECK(context["材质"] == "from vars");  // a variable the user set wins over an attribute
  CHECK(context["sku"] == "TEE-01");      // but never over a product field
}

TEST_CASE("context: a template renders Chinese attribute names directly", "[context]") {
  copydesk::PromptTemplate prompt;
  prompt.name = "zh";
  prompt.userPart =
      "{{title}}（{{brand}}）\n材质：{{材质}}\n{{#variants}}\n- {{#option_list}}{{name}}={{value}}{{/option_list}}\n{{/variants}}\n"
      "{{#attribute_list}}{{name}}:{{value}};{{/attribute_list}}";
  auto rendered = copydesk::renderPrompt(prompt, copydesk::buildTemplateContext(sampleProduct()));
  REQUIRE(rendered);
  CHECK(rendered->user ==
        "有机棉T恤（山川）\n材质：100% 有机棉\n- 尺码=S\n材质:100% 有机棉;产地:新疆;Product Type:Shirt;title:ignored;");
  CHECK(rendered->warnings.empty());
}

TEST_CASE("context: the facts list leaves out empty and structured attributes", "[context]") {
  Product product = sampleProduct();
  product.attributes = Json{{"Material", "Wool"}, {"Weight", 250}, {"Note", ""}, {"images", Json::array({"a.jpg"})}};
  const Json context = copydesk::buildTemplateContext(product);
  CHECK(context["attribute_list"] == Json::parse(R"([{"name": "Material", "value": "Wool"}, {"name": "Weight", "value": 250}])"));
  CHECK(context["has_attributes"] == true);
  CHECK(context["images"] == Json::array({"a.jpg"}));
  product.attributes = Json{{"images", Json::array()}};
  CHECK(copydesk::buildTemplateContext(product)["has_attributes"] == false);
}

TEST_CASE("context: variable aliases", "[context]") {
  CHECK(copydesk::variableAlias("Product Type") == "product_type");
  CHECK(copydesk::variableAlias("Meta: _color") == "meta_color");
  CHECK(copydesk::variableAlias("材质") == "材质");
  CHECK(copydesk::variableAlias("  ") == "");
}

TEST_CASE("context: variables merge over defaults", "[context]") {
  const Json merged = copydesk::mergeVariables(Json{{"tone", ""}, {"length", "short"}}, Json{{"tone", "bold"}});
  CHECK(merged == Json({{"tone", "bold"}, {"length", "short"}}));
}

TEST_CASE("a persona reaches the prompt as persona.*, and a prompt without one skips its section") {
  copydesk::Persona persona;
  persona.name = "学生党";
  persona.description = "预算有限的学生";
  persona.audience = "18-24 岁";
  persona.interests = "性价比";
  persona.tone = "轻松活泼";
  persona.language = "zh";
  persona.channel = "social";
  copydesk::PromptTemplate prompt;
  prompt.name = "persona";
  prompt.systemPart = "{{#persona}}写给{{persona.name}}（{{persona.audience}}）。{{/persona}}";
  prompt.userPart =
      "为 {{title}} 写文案。{{#persona}}读者：{{persona.description}}；关心：{{persona.interests}}；"
      "语气：{{persona.tone}}；语言：{{persona.language}}；渠道：{{persona.channel}}。{{/persona}}";
  const Json withPersona = copydesk::buildTemplateContext(sampleProduct(), Json{{"tone", "正式"}}, &persona);
  CHECK(withPersona["persona"]["name"] == "学生党");
  CHECK(withPersona["tone"] == "正式");  // the user's own tone variable is left alone
  auto rendered = copydesk::renderPrompt(prompt, withPersona);
  REQUIRE(rendered);
  CHECK(rendered->system == "写给学生党（18-24 岁）。");
  CHECK(rendered->user ==
        "为 有机棉T恤 写文案。读者：预算有限的学生；关心：性价比；语气：轻松活泼；语言：zh；渠道：social。");
  CHECK(rendered->warnings.empty());

  const Json without = copydesk::buildTemplateContext(sampleProduct());
  CHECK(without["persona"] == false);
  auto plain = copydesk::renderPrompt(prompt, without);
  REQUIRE(plain);
  CHECK(plain->system.empty());
  CHECK(plain->user == "为 有机棉T恤 写文案。");
  CHECK(plain->warnings.empty());  // a known name, false: no "unknown variable" for the section
}
