#include "core/llm/chat_call.h"

#include <algorithm>

#include "core/llm/anthropic_protocol.h"
#include "core/llm/chat_error.h"
#include "core/llm/openai_protocol.h"
#include "core/llm/provider_error.h"
#include "core/llm/retry_policy.h"
#include "core/llm/usage_cost.h"

namespace copydesk::llm {

namespace {

constexpr std::size_t kMaxRawBody = 16u << 20;

std::int64_t msSince(ChatCall::Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(ChatCall::Clock::now() - start).count();
}

std::vector<std::string> headerLines(const ProviderProfile& profile, const std::string& key, bool stream) {
  std::vector<std::string> lines = {"Content-Type: application/json", "Expect:"};
  lines.push_back(stream ? "Accept: text/event-stream" : "Accept: application/json");
  switch (profile.kind) {
    case ProviderKind::OpenAiCompatible:
      if (!key.empty()) lines.push_back("Authorization: Bearer " + key);
      break;
    case ProviderKind::AzureOpenAi:
      if (!key.empty()) lines.push_back("api-key: " + key);
      break;
    case ProviderKind::Anthropic:
      if (!key.empty()) lines.push_back("x-api-key: " + key);
      lines.push_back("anthropic-version: " +
                      (profile.apiVersion.empty() ? std::string(anthropic::kDefaultVersion) : profile.apiVersion));
      break;
  }
  for (const auto& [name, value] : profile.extraHeaders) lines.push_back(name + ": " + value);
  return lines;
}

}  // namespace

ChatCall::ChatCall(std::uint64_t id, ProviderProfile profile, ChatRequest request, ChatEvents events,
                   std::string apiKey, std::string userAgent)
    : m_id(id),
      m_profile(std::move(profile)),
      m_request(std::move(request)),
      m_events(std::move(events)),
      m_apiKey(std::move(apiKey)),
      m_parser([this](const SseEvent& event) { onEvent(event); }) {
  if (m_request.model.empty()) m_request.model = m_profile.defaultModel;
  const Json body = m_profile.kind == ProviderKind::Anthropic ? anthropic::requestBody(m_request, m_request.model)
                                                              : openai::requestBody(m_request, m_request.model);
  m_setup.url = chatUrl(m_profile, m_request.model);
  m_setup.body = body.dump();
  m_setup.headers = headerLines(m_profile, m_apiKey, m_request.stream);
  m_setup.proxy = m_profile.proxy;
  m_setup.caBundle = m_profile.caBundle;
  m_setup.connectTimeoutMs = m_profile.connectTimeoutMs;
  m_setup.totalTimeoutMs = m_profile.totalTimeoutMs;
  m_setup.userAgent = std::move(userAgent);
  m_estimatedTokens = estimateTokens(m_request.system) + estimateTokens(m_request.user) +
                      m_request.maxTokens.value_or(256);
}

std::unique_ptr<ChatCall> ChatCall::modelsListing(std::uint64_t id, ProviderProfile profile, ChatEvents events,
                                                  std::string apiKey, std::string userAgent, int maxAttempts,
                                                  int timeoutMs) {
  ChatRequest request;
  request.stream = false;
  auto call = std::make_unique<ChatCall>(id, std::move(profile), std::move(request), std::move(events),
                                         std::move(apiKey), std::move(userAgent));
  call->m_listing = true;
  call->m_maxAttempts = maxAttempts;
  TransferSetup& setup = call->m_setup;
  setup.url = modelsUrl(call->m_profile);
  setup.post = false;
  setup.body.clear();
  setup.headers = headerLines(call->m_profile, call->m_apiKey, false);
  setup.headers.erase(setup.headers.begin());  // no Content-Type: there is no body
  if (timeoutMs > 0) {
    setup.totalTimeoutMs = timeoutMs;
    setup.connectTimeoutMs = std::min(setup.connectTimeoutMs, timeoutMs);
  }
  call->m_estimatedTokens = 0;
  return call;
}

HttpTransfer& ChatCall::startAttempt() {
  ++m_attempt;
  if (m_attempt > 1 && m_events.onRetry) m_events.onRetry();
  m_parser.reset();
  m_rawBody.clear();
  m_modeKnown = m_bodyMode = false;
  m_complete = false;
  m_streamFailure.reset();
  m_result = ChatResult{};
  m_transfer = std::make_unique<HttpTransfer>(m_setup, [this](std::string_view bytes) { return onBytes(bytes); });
  return *m_transfer;
}

bool ChatCall::onBytes(std::string_view bytes) {
  const long status = m_transfer->status();
  if (status < 200 || status > 299) {
    if (m_rawBody.size() < 65536) m_rawBody.append(bytes);
    return true;
  }
  if (!m_modeKnown) {
    // A server may answer a stream request with plain JSON (and the other way round). A listing
    // is always read whole.
    const std::string type = m_transfer->header("content-type");
    m_bodyMode = m_listing || (type.find("event-stream") == std::string::npos &&
                               (!m_request.stream || type.find("json") != std::string::npos));
    m_modeKnown = true;
  }
  if (m_bodyMode) {
    if (m_rawBody.size() + bytes.size() > kMaxRawBody) return false;
    m_rawBody.append(bytes);
    return true;
  }
  m_parser.feed(bytes);
  return !m_streamFailure;  // an error event or malformed JSON ends this attempt at once
}

void ChatCall::onEvent(const SseEvent& event) {
  if (m_streamFailure) return;
  apply(m_profile.kind == ProviderKind::Anthropic ? anthropic::decodeEvent(event) : openai::decodeEvent(event));
}

void ChatCall::apply(const StreamDelta& delta) {
  if (delta.error) {
    m_streamFailure = delta;
    return;
  }
  if (!delta.model.empty()) m_result.model = delta.model;
  if (delta.inputTokens) m_result.usage.inputTokens = *delta.inputTokens;
  if (delta.outputTokens) m_result.usage.outputTokens = *delta.outputTokens;
  if (delta.inputTokens || delta.outputTokens) m_result.usage.reported = true;
  if (!delta.finishReason.empty()) m_result.finishReason = delta.finishReason;
  if (!m_complete && (delta.done || !delta.finishReason.empty())) {
    m_complete = true;
    if (m_finishingCounter) ++*m_finishingCounter;
  }
  if (!delta.reasoning.empty()) {
    m_result.reasoning += delta.reasoning;
    if (m_events.onReasoning) m_events.onReasoning(delta.reasoning);
  }
  if (!delta.text.empty()) {
    if (m_result.firstTokenMs < 0) m_result.firstTokenMs = msSince(m_submittedAt);
    m_result.text += delta.text;
    if (m_events.onText) m_events.onText(delta.text);
  }
}

AttemptVerdict ChatCall::finishAttempt(CURLcode code) {
  const long status = m_transfer ? m_transfer->status() : 0;
  AttemptVerdict verdict;
  if (m_streamFailure) {
    verdict = judgeFailure(*m_streamFailure->error, m_streamFailure->malformed || m_streamFailure->transient);
  } else if (status >= 300 || (status >= 100 && status < 200)) {
    verdict = judgeHttpError();
  } else if (code != CURLE_OK) {
    const std::string what = code == CURLE_OPERATION_TIMEDOUT ? "timed out" : "failed";
    const std::string place = status ? "the response from " : "the connection to ";
    verdict = judgeFailure(chatError(ErrorCode::Network, "The request " + what + " (" + place +
                                                             maskUrl(m_setup.url) + "): " +
                                                             m_transfer->curlMessage(code)),
                           true);
  } else {
    verdict = judgeSuccess();
  }
  m_transfer.reset();
  return verdict;
}

AttemptVerdict ChatCall::judgeHttpError() {
  const long status = m_transfer->status();
  Error error = errorFromResponse(status, m_rawBody, m_profile.name);
  bool retryable = RetryPolicy::isRetryableStatus(status);
  if (const auto verdict = parseShouldRetry(m_transfer->header("x-should-retry"))) retryable = *verdict;
  AttemptVerdict result = judgeFailure(std::move(error), retryable);
  result.retryAfterMs = parseRetryAfterMs(m_transfer->header("retry-after"));
  if (!result.retryAfterMs) {
    if (const auto ms = parseRetryAfterMs(m_transfer->header("retry-after-ms"))) result.retryAfterMs = *ms / 1000;
  }
  return result;
}

AttemptVerdict ChatCall::judgeSuccess() {
  if (m_listing) {
    m_result.text = std::move(m_rawBody);
    m_complete = true;
    return AttemptVerdict{AttemptVerdict::Kind::Succeeded, {}, std::nullopt};
  }
  if (m_bodyMode) {
    apply(m_profile.kind == ProviderKind::Anthropic ? anthropic::decodeBody(m_rawBody)
                                                    : openai::decodeBody(m_rawBody));
  } else {
    m_parser.finish();  // the last event may lack its blank line
  }
  if (m_streamFailure) {
    return judgeFailure(*m_streamFailure->error, m_streamFailure->malformed || m_streamFailure->transient);
  }
  if (!m_complete) {
    return judgeFailure(chatError(ErrorCode::Network, "The stream from " + maskUrl(m_setup.url) +
                                                          " ended before the response was complete"),
                        true);
  }
  return AttemptVerdict{AttemptVerdict::Kind::Succeeded, {}, std::nullopt};
}

AttemptVerdict ChatCall::judgeFailure(Error error, bool retryable) {
  error.message = redact(std::move(error.message), m_apiKey);
  return AttemptVerdict{retryable ? AttemptVerdict::Kind::Retry : AttemptVerdict::Kind::Fail, std::move(error),
                        std::nullopt};
}

bool ChatCall::stalled(Clock::time_point now) const {
  return m_transfer && m_profile.idleTimeoutMs > 0 &&
         now - m_transfer->lastActivity() > std::chrono::milliseconds(m_profile.idleTimeoutMs);
}

AttemptVerdict ChatCall::stallVerdict() {
  m_transfer.reset();
  return judgeFailure(chatError(ErrorCode::Network, "No data from " + maskUrl(m_setup.url) + " for " +
                                                        std::to_string(m_profile.idleTimeoutMs) + " ms (idle timeout)"),
                      true);
}

Result<ChatResult> ChatCall::finalResult() {
  ChatResult result = std::move(m_result);
  if (result.model.empty()) result.model = m_request.model;
  if (!result.usage.reported) {
    result.usage.inputTokens = static_cast<std::int64_t>(estimateTokens(m_request.system) +
                                                         estimateTokens(m_request.user) + 0.5);
    result.usage.outputTokens = static_cast<std::int64_t>(estimateTokens(result.text) + 0.5);
  }
  result.cost = costOf(m_profile, result.usage);
  result.attempts = m_attempt;
  result.latencyMs = msSince(m_submittedAt);
  result.requestBody = m_setup.body;
  result.tag = m_request.tag;
  return result;
}

void ChatCall::deliver(Result<ChatResult> result) {
  if (m_delivered) return;
  m_delivered = true;
  m_transfer.reset();
  if (m_events.onDone) m_events.onDone(std::move(result));
}

void ChatCall::emitError(Error error) {
  error.message = redact(std::move(error.message), m_apiKey);
  deliver(std::move(error));
}

}  // namespace copydesk::llm
