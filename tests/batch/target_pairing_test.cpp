// Which profile writes with which model (batch::pairTargets, the CLI's and the Write page's one
// rule), and a batch over products chosen by id (the studio's selection; no SKU lookup in ui/).
#include <catch2/catch.hpp>

#include "core/batch/batch_planner.h"
#include "core/batch/target_pairing.h"
#include "core/store/product_store.h"
#include "tests/batch/batch_fixture.h"

using namespace copydesk;
using namespace copydesk::batch;

namespace {

llm::ProviderProfile named(const std::string& name) {
  llm::ProviderProfile p;
  p.name = name;
  return p;
}

std::vector<std::pair<std::string, std::string>> pairs(const std::vector<BatchTarget>& targets) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& t : targets) out.emplace_back(t.profile.name, t.model);
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("model lists split on commas, blanks and spaces dropped") {
  CHECK(modelList("qwen2.5, llama3.1 ,,  ") == std::vector<std::string>{"qwen2.5", "llama3.1"});
  CHECK(modelList("").empty());
  CHECK(modelList("one") == std::vector<std::string>{"one"});
}

TEST_CASE("one profile writes with every model listed, or its default") {
  CHECK(pairs(pairTargets({named("local")}, {}).value()) == Pairs{{"local", ""}});
  CHECK(pairs(pairTargets({named("local")}, {"a", "b"}).value()) == Pairs{{"local", "a"}, {"local", "b"}});
}

TEST_CASE("several profiles pair with the models in order, or use their defaults") {
  const std::vector<llm::ProviderProfile> two{named("openai"), named("ollama")};
  CHECK(pairs(pairTargets(two, {}).value()) == Pairs{{"openai", ""}, {"ollama", ""}});
  CHECK(pairs(pairTargets(two, {"gpt", "qwen"}).value()) == Pairs{{"openai", "gpt"}, {"ollama", "qwen"}});
  auto mismatched = pairTargets(two, {"gpt"});
  REQUIRE_FALSE(mismatched);
  CHECK(mismatched.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("a batch over products given by id plans them in that order, once each; a vanished id is NotFound") {
  test::FakeServerProcess server;
  test::BatchFixture fixture(3);
  ProductStore products(fixture.db());
  const std::int64_t first = products.findBySku(test::BatchFixture::sku(1)).value()->id;
  const std::int64_t third = products.findBySku(test::BatchFixture::sku(3)).value()->id;
  auto options = fixture.options(server, 1);
  options.spec.productIds = {third, first, third};
  auto plan = BatchPlanner(fixture.db()).plan(options.spec);
  REQUIRE(plan);
  CHECK(plan->skus == std::vector<std::string>{test::BatchFixture::sku(3), test::BatchFixture::sku(1)});
  CHECK(plan->productIds == std::vector<std::int64_t>{third, first});

  options.spec.productIds = {first, third + 100};
  auto missing = BatchPlanner(fixture.db()).plan(options.spec);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == ErrorCode::NotFound);
}
