#include "core/llm/llm_client.h"

#include <atomic>
#include <cstdlib>
#include <future>

#include "core/llm/chat_error.h"
#include "core/llm/curl_multi_loop.h"
#include "core/llm/http_transfer.h"
#include "core/llm/openai_protocol.h"
#include "core/llm/provider_error.h"

namespace copydesk::llm {

namespace {

std::atomic<std::uint64_t> g_nextId{1};

std::string keyFor(const ProviderProfile& profile) {
  if (profile.apiKeyEnv.empty()) return {};
  const char* value = std::getenv(profile.apiKeyEnv.c_str());
  return value ? std::string(value) : std::string();
}

// Local servers ignore keys; a missing key for them is not an error.
bool isLoopback(const std::string& url) {
  const std::string host = maskUrl(url);
  for (const char* local : {"://localhost", "://127.", "://[::1]"}) {
    if (host.find(local) != std::string::npos) return true;
  }
  return false;
}

std::optional<Error> preflight(const ProviderProfile& profile, const ChatRequest& request, const std::string& key) {
  const std::string where = "profile '" + profile.name + "'";
  if (profile.baseUrl.empty()) return chatError(ErrorCode::InvalidInput, "No base URL is set", 0, where);
  if (request.model.empty() && profile.defaultModel.empty()) {
    return chatError(ErrorCode::InvalidInput, "No model is given and the profile has no default model", 0, where);
  }
  if (key.empty() && !profile.apiKeyEnv.empty() && !isLoopback(profile.baseUrl)) {
    return chatError(ErrorCode::Auth,
                     "No API key: the environment variable " + profile.apiKeyEnv + " is not set — it holds the key of " +
                         where);
  }
  return std::nullopt;
}

}  // namespace

LlmClient::LlmClient(ClientOptions options)
    : m_options(options), m_loop(std::make_unique<CurlMultiLoop>(options.retry, options.useRateLimiter, options.coalesceMs)) {}

LlmClient::~LlmClient() = default;

LlmClient::RequestId LlmClient::submit(const ProviderProfile& profile, ChatRequest request, ChatEvents events) {
  const RequestId id = g_nextId++;
  std::string key = keyFor(profile);
  auto failure = preflight(profile, request, key);
  auto call = std::make_unique<ChatCall>(id, profile, std::move(request), std::move(events), std::move(key),
                                         m_options.userAgent);
  if (failure) call->failBeforeStart(std::move(*failure));
  m_loop->submit(std::move(call));
  return id;
}

void LlmClient::cancel(RequestId id) { m_loop->cancel(id); }

void LlmClient::cancelAll() { m_loop->cancelAll(); }

std::size_t LlmClient::inFlight() const { return m_loop->inFlight(); }

Result<ChatResult> LlmClient::complete(const ProviderProfile& profile, ChatRequest request,
                                       std::function<void(std::string_view)> onText) {
  std::promise<Result<ChatResult>> promise;
  auto future = promise.get_future();
  ChatEvents events;
  events.onText = std::move(onText);
  events.onDone = [&promise](Result<ChatResult> result) { promise.set_value(std::move(result)); };
  submit(profile, std::move(request), std::move(events));
  return future.get();
}

Result<std::vector<std::string>> LlmClient::listModels(const ProviderProfile& profile) {
  const std::string key = keyFor(profile);
  TransferSetup setup;
  setup.url = modelsUrl(profile);
  setup.post = false;
  switch (profile.kind) {
    case ProviderKind::OpenAiCompatible:
      if (!key.empty()) setup.headers.push_back("Authorization: Bearer " + key);
      break;
    case ProviderKind::AzureOpenAi:
      if (!key.empty()) setup.headers.push_back("api-key: " + key);
      break;
    case ProviderKind::Anthropic:
      if (!key.empty()) setup.headers.push_back("x-api-key: " + key);
      setup.headers.push_back("anthropic-version: " +
                              (profile.apiVersion.empty() ? std::string("2023-06-01") : profile.apiVersion));
      break;
  }
  for (const auto& [name, value] : profile.extraHeaders) setup.headers.push_back(name + ": " + value);
  setup.proxy = profile.proxy;
  setup.caBundle = profile.caBundle;
  setup.connectTimeoutMs = profile.connectTimeoutMs;
  setup.totalTimeoutMs = 30000;
  setup.userAgent = m_options.userAgent;
  auto response = performBlocking(setup);
  if (!response) {
    Error error = response.error();
    error.message = redact(error.message, key);
    return error;
  }
  if (response->status < 200 || response->status > 299) {
    Error error = errorFromResponse(response->status, response->body, profile.name);
    error.message = redact(error.message, key);
    return error;
  }
  return openai::decodeModels(response->body);
}

}  // namespace copydesk::llm
