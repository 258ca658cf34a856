// A prompt whose render stopped at a limit never reaches a model: the plan is refused, naming the product.
#include <catch2/catch.hpp>

#include <fstream>

#include "core/batch/batch_planner.h"
#include "tests/batch/batch_fixture.h"

using namespace copydesk;
using namespace copydesk::batch;
using namespace copydesk::test;

namespace {

// Twenty sections over the same three-item list, each inside the last: 3^20 expansions.
std::string multiplyingTemplate() {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "{{#vars.three}}";
  text += "x";
  for (int i = 0; i < 20; ++i) text += "{{/vars.three}}";
  return text + " {{sku}}\n";
}

// Planning never calls the model; the profile only has to name one.
BatchTarget unusedTarget() {
  llm::ProviderProfile profile;
  profile.name = "Nowhere";
  profile.baseUrl = "http://127.0.0.1:9/v1";
  profile.defaultModel = "fake-small";
  return {profile, "fake-small"};
}

// Plans the template file `text` for the fixture's products, with a three-item list in vars.three.
Result<BatchPlan> planTemplate(BatchFixture& fixture, const std::string& text) {
  const auto file = fixture.dir().path() / "template.txt";
  std::ofstream(file) << text;
  BatchSpec spec;
  spec.templateRef = file.string();
  spec.targets.push_back(unusedTarget());
  spec.variables = Json{{"three", Json::array({1, 2, 3})}};
  return BatchPlanner(fixture.db()).plan(spec);
}

}  // namespace

TEST_CASE("Batch planner: a prompt that stops at the render budget is refused with the product named") {
  BatchFixture fixture(2);
  auto plan = planTemplate(fixture, multiplyingTemplate());

  REQUIRE_FALSE(plan.ok());
  CHECK(plan.error().code == ErrorCode::InvalidInput);
  CHECK(plan.error().id == "template.render-too-large");
  CHECK_THAT(plan.error().message, Catch::Contains("SKU-001"));
}

TEST_CASE("Batch planner: the same lists nested a few levels deep plan normally") {
  BatchFixture fixture(2);
  auto plan = planTemplate(fixture, "{{#vars.three}}{{#vars.three}}x{{/vars.three}}{{/vars.three}} {{sku}}\n");

  REQUIRE(plan.ok());
  REQUIRE(plan->prompts.size() == 2);
  CHECK(plan->prompts[0].user == "xxxxxxxxx SKU-001\n");
}
