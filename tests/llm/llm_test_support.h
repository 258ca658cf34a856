#pragma once

#include <chrono>
#include <cstdlib>
#include <string>

#include "core/llm/llm_client.h"
#include "core/llm/provider_profile.h"
#include "tests/support/fake_server_process.h"

namespace copydesk::test {

inline constexpr const char* kFakeKeyEnv = "COPYDESK_TEST_FAKE_KEY";
inline constexpr const char* kFakeKey = "sk-test-secret-4711";

// A profile pointing at the fake server, its key in an environment variable like a real one.
inline llm::ProviderProfile fakeProfile(const FakeServerProcess& server,
                                        llm::ProviderKind kind = llm::ProviderKind::OpenAiCompatible) {
  setenv(kFakeKeyEnv, kFakeKey, 1);
  llm::ProviderProfile profile;
  profile.name = "Fake";
  profile.kind = kind;
  profile.baseUrl = kind == llm::ProviderKind::OpenAiCompatible ? server.openAiBaseUrl() : server.baseUrl();
  profile.defaultModel = kind == llm::ProviderKind::Anthropic ? "fake-claude" : "fake-small";
  profile.apiKeyEnv = kFakeKeyEnv;
  profile.apiVersion = kind == llm::ProviderKind::AzureOpenAi ? "2024-10-21" : "";
  profile.maxConcurrency = 0;
  profile.inputPricePerMTok = 1.0;
  profile.outputPricePerMTok = 2.0;
  return profile;
}

// Quick retries so fault tests stay short.
inline llm::ClientOptions fastRetries() {
  llm::ClientOptions options;
  options.retry.baseDelayMs = 20;
  options.retry.maxDelayMs = 100;
  return options;
}

inline llm::ChatRequest prompt(std::string user, std::string system = "You write product copy.") {
  llm::ChatRequest request;
  request.system = std::move(system);
  request.user = std::move(user);
  return request;
}

inline std::int64_t msSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace copydesk::test
