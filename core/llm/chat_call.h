#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <curl/curl.h>

#include "core/llm/chat_request.h"
#include "core/llm/http_transfer.h"
#include "core/llm/provider_profile.h"
#include "core/llm/sse_parser.h"
#include "core/llm/stream_delta.h"

namespace copydesk::llm {

// What to do after an attempt ended.
struct AttemptVerdict {
  enum class Kind { Succeeded, Retry, Fail } kind = Kind::Fail;
  Error error;                        // for Retry and Fail
  std::optional<int> retryAfterMs;    // the provider's Retry-After, if any
};

// One submitted chat request across its attempts: builds the body and headers once, runs each
// attempt's bytes through the SSE parser and the provider's decoder, and judges how it ended.
// Lives on the network thread only.
class ChatCall final {
 public:
  using Clock = std::chrono::steady_clock;

  ChatCall(std::uint64_t id, ProviderProfile profile, ChatRequest request, ChatEvents events, std::string apiKey,
           std::string userAgent);
  ChatCall(const ChatCall&) = delete;
  ChatCall& operator=(const ChatCall&) = delete;

  // GET {base}/models instead of a chat: the JSON body it answers with becomes the result's text.
  // At most maxAttempts attempts (the client's policy otherwise), each at most timeoutMs long.
  static std::unique_ptr<ChatCall> modelsListing(std::uint64_t id, ProviderProfile profile, ChatEvents events,
                                                 std::string apiKey, std::string userAgent, int maxAttempts,
                                                 int timeoutMs);
  // This call's own attempt limit; 0 = the client's retry policy decides.
  int maxAttempts() const { return m_maxAttempts; }

  std::uint64_t id() const { return m_id; }
  const ProviderProfile& profile() const { return m_profile; }
  int attempts() const { return m_attempt; }
  double estimatedTokens() const { return m_estimatedTokens; }
  Clock::time_point submittedAt() const { return m_submittedAt; }

  // A fresh transfer for the next attempt; from the second on, onRetry tells the caller to drop
  // the partial text it has seen.
  HttpTransfer& startAttempt();
  HttpTransfer* transfer() const { return m_transfer.get(); }
  // The transfer after curl finished it (or we removed it); frees the easy handle.
  AttemptVerdict finishAttempt(CURLcode code);
  // No byte for longer than the profile's idle timeout.
  bool stalled(Clock::time_point now) const;
  AttemptVerdict stallVerdict();

  // Hands the final outcome to onDone (once; later calls are ignored).
  void deliver(Result<ChatResult> result);
  bool delivered() const { return m_delivered; }
  // The reply has said it is finishing (a finish reason, [DONE], message_stop): only its closing
  // events are left.
  bool finishing() const { return m_complete; }
  // The network loop counts replies turning to finishing here, to know which pass to look at.
  void countFinishingIn(std::uint64_t* counter) { m_finishingCounter = counter; }
  void emitError(Error error);        // deliver() with the key redacted from the message
  void succeed() { deliver(finalResult()); }
  // Set when the request cannot be sent at all (no key, no model): delivered instead of an attempt.
  void failBeforeStart(Error error) { m_preflight = std::move(error); }
  const std::optional<Error>& preflightError() const { return m_preflight; }

 private:
  bool onBytes(std::string_view bytes);
  void onEvent(const SseEvent& event);
  void apply(const StreamDelta& delta);
  AttemptVerdict judgeSuccess();
  AttemptVerdict judgeHttpError();
  AttemptVerdict judgeFailure(Error error, bool retryable);
  Result<ChatResult> finalResult();

  std::uint64_t m_id;
  ProviderProfile m_profile;
  ChatRequest m_request;
  ChatEvents m_events;
  std::string m_apiKey;
  bool m_listing = false;             // a models listing (GET), not a chat
  int m_maxAttempts = 0;
  TransferSetup m_setup;
  double m_estimatedTokens = 0;
  Clock::time_point m_submittedAt = Clock::now();

  int m_attempt = 0;
  std::unique_ptr<HttpTransfer> m_transfer;
  SseParser m_parser;
  bool m_bodyMode = false;            // a JSON body rather than an event stream
  bool m_modeKnown = false;
  std::string m_rawBody;              // error bodies and non-streamed responses
  ChatResult m_result;
  std::uint64_t* m_finishingCounter = nullptr;
  bool m_complete = false;            // [DONE], message_stop or a finish reason was seen
  std::optional<StreamDelta> m_streamFailure;
  bool m_delivered = false;
  std::optional<Error> m_preflight;
};

}  // namespace copydesk::llm
