#include "core/llm/llm_client.h"

#include <atomic>
#include <future>

#include "core/llm/chat_error.h"
#include "core/llm/connection_preflight.h"
#include "core/llm/curl_multi_loop.h"
#include "core/llm/openai_protocol.h"
#include "core/llm/provider_error.h"

namespace copydesk::llm {

namespace {

std::atomic<std::uint64_t> g_nextId{1};

std::optional<Error> preflight(const ProviderProfile& profile, const ChatRequest& request, const std::string& key) {
  if (request.model.empty() && profile.defaultModel.empty() && !profile.baseUrl.empty()) {
    return chatError(ErrorCode::InvalidInput, "No model is given and the profile has no default model", 0,
                     "profile '" + profile.name + "'");
  }
  return connectionPreflight(profile, key);
}

}  // namespace

LlmClient::LlmClient(ClientOptions options)
    : m_options(options), m_loop(std::make_unique<CurlMultiLoop>(options.retry, options.useRateLimiter, options.coalesceMs)) {}

LlmClient::~LlmClient() = default;

LlmClient::RequestId LlmClient::submit(const ProviderProfile& profile, ChatRequest request, ChatEvents events) {
  const RequestId id = g_nextId++;
  std::string key = apiKeyFor(profile);
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

std::string LlmClient::apiKeyFor(const ProviderProfile& profile) const {
  return keyFrom(m_options.apiKey, profile);
}

LlmClient::RequestId LlmClient::submitListModels(const ProviderProfile& profile, ModelsQuery query,
                                                 ModelsDone onDone) {
  const RequestId id = g_nextId++;
  std::string key = query.apiKey ? *query.apiKey : apiKeyFor(profile);
  auto failure = connectionPreflight(profile, key);
  ChatEvents events;
  events.onDone = [onDone = std::move(onDone)](Result<ChatResult> result) {
    if (!onDone) return;
    if (!result) return onDone(result.error());
    onDone(openai::decodeModels(result->text));
  };
  auto call = ChatCall::modelsListing(id, profile, std::move(events), std::move(key), m_options.userAgent,
                                      query.maxAttempts, query.timeoutMs);
  if (failure) call->failBeforeStart(std::move(*failure));
  m_loop->submit(std::move(call));
  return id;
}

Result<std::vector<std::string>> LlmClient::listModels(const ProviderProfile& profile, ModelsQuery query) {
  std::promise<Result<std::vector<std::string>>> promise;
  auto future = promise.get_future();
  submitListModels(profile, std::move(query),
                   [&promise](Result<std::vector<std::string>> models) { promise.set_value(std::move(models)); });
  return future.get();
}

}  // namespace copydesk::llm
