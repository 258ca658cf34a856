#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
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

// A count that callbacks on other threads raise and a test waits on: no sleeping, no polling.
class Tally final {
 public:
  void add() {
    {
      std::lock_guard lock(m_mutex);
      ++m_count;
    }
    m_changed.notify_all();
  }
  int count() {
    std::lock_guard lock(m_mutex);
    return m_count;
  }
  // True once the count reached `target`; false when `timeout` passed first.
  bool waitFor(int target, std::chrono::milliseconds timeout = std::chrono::seconds(20)) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return m_count >= target; });
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  int m_count = 0;
};

}  // namespace copydesk::test
