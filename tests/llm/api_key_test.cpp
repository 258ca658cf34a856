// Where a request's key comes from (ClientOptions::apiKey), and where it may go.
#include <atomic>
#include <cstdlib>

#include <catch2/catch.hpp>

#include "core/llm/llm_client.h"
#include "tests/llm/llm_test_support.h"

using namespace copydesk;
using namespace copydesk::llm;
using namespace copydesk::test;

namespace {

constexpr const char* kUnsetEnv = "COPYDESK_TEST_CALLBACK_KEY_ENV";
constexpr const char* kCallbackKey = "sk-from-the-callback-8d7c6b";

// The fake server's profile with its key in no environment variable: the server wants kCallbackKey.
ProviderProfile keyedProfile(const FakeServerProcess& server, ProviderKind kind = ProviderKind::OpenAiCompatible) {
  ProviderProfile profile = fakeProfile(server, kind);
  unsetenv(kUnsetEnv);
  profile.apiKeyEnv = kUnsetEnv;
  profile.extraHeaders = {{"X-Fake-Require-Key", kCallbackKey}};
  return profile;
}

ClientOptions answeringWith(std::string key, std::atomic<int>* asked = nullptr) {
  ClientOptions options = fastRetries();
  options.apiKey = [key, asked](const ProviderProfile& profile) -> std::optional<std::string> {
    if (asked) ++*asked;
    if (profile.name != "Fake") return std::nullopt;
    return key;
  };
  return options;
}

}  // namespace

TEST_CASE("Key source: a generation carries the callback's key in its Authorization header, no variable set") {
  FakeServerProcess server;
  std::atomic<int> asked{0};
  LlmClient client(answeringWith(kCallbackKey, &asked));
  const ProviderProfile profile = keyedProfile(server);
  REQUIRE(std::getenv(kUnsetEnv) == nullptr);

  const auto result = client.complete(profile, prompt("Linen shirt"));
  REQUIRE(result.ok());
  CHECK_FALSE(result->text.empty());
  CHECK(asked == 1);  // once per request, not per attempt or chunk
  CHECK(result->requestBody.find(kCallbackKey) == std::string::npos);

  // The server really checks: another key is refused.
  LlmClient wrong(answeringWith("sk-some-other-key"));
  const auto refused = wrong.complete(profile, prompt("Linen shirt"));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().httpStatus == 401);
  CHECK(refused.error().describe().find("sk-some-other-key") == std::string::npos);
}

TEST_CASE("Key source: the callback wins over the environment; Anthropic and Azure get it in their headers") {
  FakeServerProcess server;
  LlmClient client(answeringWith(kCallbackKey));
  for (auto kind : {ProviderKind::OpenAiCompatible, ProviderKind::AzureOpenAi, ProviderKind::Anthropic}) {
    ProviderProfile profile = keyedProfile(server, kind);
    if (kind == ProviderKind::AzureOpenAi) profile.baseUrl = server.baseUrl();
    profile.apiKeyEnv = kFakeKeyEnv;  // set by fakeProfile to another key, which must not be used
    REQUIRE(std::getenv(kFakeKeyEnv) != nullptr);
    INFO(std::string(kindName(kind)));
    const auto result = client.complete(profile, prompt("Teapot"));
    CHECK(result.ok());
  }
}

TEST_CASE("Key source: without a callback the profile's variable is read, as the CLI does") {
  FakeServerProcess server;
  ProviderProfile profile = keyedProfile(server);
  setenv(kUnsetEnv, kCallbackKey, 1);
  LlmClient client(fastRetries());
  CHECK(client.apiKeyFor(profile) == kCallbackKey);
  CHECK(client.complete(profile, prompt("Mug")).ok());
  unsetenv(kUnsetEnv);
  CHECK(client.apiKeyFor(profile).empty());
}

TEST_CASE("Key source: listing models uses the callback's key, or a key given for that one query") {
  FakeServerProcess server;
  const ProviderProfile profile = keyedProfile(server);
  LlmClient client(answeringWith(kCallbackKey));
  const auto models = client.listModels(profile);
  REQUIRE(models.ok());
  CHECK(models->size() == 3);

  LlmClient keyless(answeringWith("sk-not-this-one"));
  ModelsQuery typed;
  typed.apiKey = kCallbackKey;  // typed into Preferences, not saved yet
  CHECK(keyless.listModels(profile, typed).ok());
  const auto refused = keyless.listModels(profile);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().httpStatus == 401);
  CHECK(refused.error().message.find("gave up") == std::string::npos);  // one try was all it had
  CHECK(server.requestCount("/v1/models") == 3);
}

TEST_CASE("Key source: a key for plain http:// to another machine fails before anything is sent") {
  FakeServerProcess server;
  LlmClient client(answeringWith(kCallbackKey));
  ProviderProfile lan = keyedProfile(server);
  lan.baseUrl = "http://192.0.2.10:8000/v1";  // TEST-NET-1: never contacted
  const auto result = client.complete(lan, prompt("Mug"));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::InvalidInput);
  CHECK(result.error().describe().find("profile 'Fake'") != std::string::npos);
  CHECK(result.error().message.find("--allow-insecure-http") != std::string::npos);
  const auto models = client.listModels(lan);
  REQUIRE_FALSE(models.ok());
  CHECK(models.error().code == ErrorCode::InvalidInput);

  // The same machine over plain http is fine: the fake server is on 127.0.0.1.
  CHECK(client.complete(keyedProfile(server), prompt("Mug")).ok());
}
