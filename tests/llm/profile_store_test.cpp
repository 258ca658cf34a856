#include <catch2/catch.hpp>

#include "core/llm/builtin_profiles.h"
#include "core/llm/provider_profile_store.h"
#include "core/store/database.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using namespace copydesk::llm;

TEST_CASE("Profiles: built-ins have base URLs / local ones need no key") {
  const auto all = builtInProfiles();
  CHECK(all.size() >= 12);
  CHECK(defaultProfile().name == "Ollama (local)");
  CHECK(defaultProfile().baseUrl == "http://localhost:11434/v1");
  CHECK(defaultProfile().apiKeyEnv.empty());
  const auto anthropic = builtInProfile("anthropic");
  REQUIRE(anthropic);
  CHECK(anthropic->kind == ProviderKind::Anthropic);
  CHECK(chatUrl(*anthropic, "m") == "https://api.anthropic.com/v1/messages");
  const auto azure = builtInProfile("Azure OpenAI");
  REQUIRE(azure);
  CHECK(chatUrl(*azure, "dep1") ==
        "https://YOUR-RESOURCE.openai.azure.com/openai/deployments/dep1/chat/completions?api-version=2024-10-21");
  CHECK(chatUrl(*builtInProfile("DeepSeek"), "x") == "https://api.deepseek.com/v1/chat/completions");
}

TEST_CASE("Profiles: JSON round trip keeps every field") {
  ProviderProfile p = *builtInProfile("OpenAI");
  p.extraHeaders["X-Team"] = "copy";
  p.requestsPerMinute = 60;
  p.idleTimeoutMs = 1234;
  const auto back = profileFromJson(toJson(p));
  REQUIRE(back.ok());
  CHECK(toJson(*back) == toJson(p));
  CHECK_FALSE(profileFromJson(Json{{"name", "x"}, {"kind", "gemini"}}).ok());
  CHECK_FALSE(profileFromJson(Json{{"name", "x"}, {"maxConcurrency", "many"}}).ok());
}

TEST_CASE("Profiles: the store saves / overlays built-ins / resolves and removes — no key is stored") {
  test::TempDir dir;
  auto db = Database::open(dir / "copydesk.db");
  REQUIRE(db.ok());
  ProviderProfileStore store(**db);
  setenv("COPYDESK_TEST_STORE_KEY", "sk-never-stored", 1);
  ProviderProfile mine;
  mine.name = "My vLLM";
  mine.baseUrl = "http://10.0.0.5:8000/v1";
  mine.defaultModel = "qwen2.5";
  mine.apiKeyEnv = "COPYDESK_TEST_STORE_KEY";
  REQUIRE(store.save(mine).ok());
  ProviderProfile openai = *builtInProfile("OpenAI");
  openai.defaultModel = "gpt-4.1";
  REQUIRE(store.save(openai).ok());

  const auto all = store.listWithBuiltIns();
  REQUIRE(all.ok());
  CHECK(all->size() == builtInProfiles().size() + 1);
  const auto resolved = store.resolve("OpenAI");
  REQUIRE(resolved.ok());
  CHECK(resolved->defaultModel == "gpt-4.1");
  CHECK(store.resolve("lm studio").ok());
  CHECK(store.resolve("nope").error().code == ErrorCode::NotFound);

  auto rows = (*db)->prepare("SELECT group_concat(profile) FROM provider_profiles");
  REQUIRE(rows.ok());
  REQUIRE(rows->step());
  CHECK(rows->text(0).find("sk-never-stored") == std::string::npos);
  CHECK(rows->text(0).find("COPYDESK_TEST_STORE_KEY") != std::string::npos);

  CHECK(*store.remove("My vLLM"));
  CHECK_FALSE(*store.remove("My vLLM"));
  CHECK(store.list()->size() == 1);
}
