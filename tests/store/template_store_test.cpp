#include <catch2/catch.hpp>

#include "core/store/database.h"
#include "core/store/template_store.h"
#include "tests/support/test_store.h"

using namespace copydesk;

TEST_CASE("every save of a template is a new version; the older ones stay") {
  test::TestStore testStore("t.db");
  auto db = testStore.open();
  REQUIRE(db);
  TemplateStore store(**db);

  PromptTemplate prompt;
  prompt.name = "desc-en";
  prompt.systemPart = "You write product copy.";
  prompt.userPart = "Describe {{title}}.";
  prompt.field = "description";
  prompt.channel = "shopify";
  prompt.defaults.model = "qwen2.5";
  prompt.defaults.temperature = 0.7;
  prompt.defaults.maxTokens = 400;
  prompt.variables = Json{{"tone", "warm"}};
  auto v1 = store.save(prompt, "ann", "first");
  REQUIRE(v1);
  CHECK(v1->version == 1);

  prompt.userPart = "Describe {{title}} for {{audience}}.";
  auto v2 = store.save(prompt, "bob");
  REQUIRE(v2);
  CHECK(v2->version == 2);
  CHECK(v2->templateId == v1->templateId);
  CHECK(v2->id != v1->id);

  auto latest = store.latest("desc-en");
  REQUIRE(latest);
  REQUIRE(latest->has_value());
  CHECK((*latest)->prompt.userPart == "Describe {{title}} for {{audience}}.");
  CHECK((*latest)->author == "bob");
  CHECK((*latest)->prompt.defaults.temperature == Approx(0.7));
  CHECK((*latest)->prompt.defaults.maxTokens == 400);
  CHECK((*latest)->prompt.variables["tone"] == "warm");

  auto first = store.byVersionId(v1->id);
  REQUIRE(first);
  CHECK((*first)->prompt.userPart == "Describe {{title}}.");
  CHECK((*first)->note == "first");
  CHECK(store.versions("desc-en")->size() == 2);
  CHECK(store.listLatest()->size() == 1);
  CHECK(*store.exists("desc-en"));
  CHECK_FALSE(*store.exists("nope"));
  CHECK_FALSE(store.latest("nope")->has_value());
}
