#include "tests/ui/generation_fixture.h"

#include <catch2/catch.hpp>

#include <cstdlib>

#include "core/llm/provider_profile_store.h"
#include "core/store/product_store.h"
#include "tests/ui/ui_test_support.h"

namespace copydesk::test {

GenerationFixture::GenerationFixture(const FakeServerProcess& server, int products,
                                     const std::vector<FakeProfile>& profiles)
    : path(dir / "generation.db") {
  auto db = Database::open(path);
  REQUIRE(db);
  fillProducts(**db, products);
  PromptTemplate prompt;
  prompt.name = "desc";
  prompt.systemPart = "You write shop copy.";
  prompt.userPart = "Describe {{title}} (SKU {{sku}}).";
  prompt.field = "description";
  auto saved = TemplateStore(**db).save(prompt, "ann");
  REQUIRE(saved);
  version = *saved;
  auto ids = ProductStore(**db).ids();
  REQUIRE(ids);
  productIds = *ids;
  for (const auto& profile : profiles) {
    setenv(profile.keyEnv.c_str(), profile.key.c_str(), 1);
    llm::ProviderProfile p;
    p.name = profile.name;
    p.baseUrl = server.openAiBaseUrl();
    p.defaultModel = "fake-small";
    p.apiKeyEnv = profile.keyEnv;
    p.maxConcurrency = 0;
    p.inputPricePerMTok = 1.0;
    p.outputPricePerMTok = 2.0;
    REQUIRE(llm::ProviderProfileStore(**db).save(p));
  }
}

std::vector<Draft> GenerationFixture::drafts() const {
  auto db = Database::open(path);
  REQUIRE(db);
  auto list = DraftStore(**db).list({});
  REQUIRE(list);
  return *list;
}

std::vector<Generation> GenerationFixture::generations() const {
  auto db = Database::open(path);
  REQUIRE(db);
  auto list = GenerationStore(**db).list({});
  REQUIRE(list);
  return *list;
}

}  // namespace copydesk::test
