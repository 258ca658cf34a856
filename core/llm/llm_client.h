#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/llm/chat_request.h"
#include "core/llm/provider_profile.h"
#include "core/llm/retry_policy.h"
#include "core/llm/usage_cost.h"  // estimateTokens, costOf: part of the client's public API

namespace copydesk::llm {

class CurlMultiLoop;

struct ClientOptions {
  RetryPolicy retry;                // attempts, base delay, max delay, Retry-After cap, total deadline
  bool useRateLimiter = true;       // the per-profile client-side limiter (rpm, tpm, concurrency)
  std::string userAgent = "copydesk/0.1";
  // With 8+ transfers in flight the network thread passes over its sockets at most this often, so
  // one pass serves many streams (much less CPU at 100 streams; a chunk is handed on coalesceMs/2
  // later on average, at most coalesceMs; the studio redraws every 40 ms anyway). A submit, a cancel
  // or bytes on a reply that is finishing end the wait early. 0 = hand on every chunk at once.
  int coalesceMs = 30;
};

// One network thread owning a curl multi handle; many requests in flight at once.
// Callbacks run on the network thread: keep them short, never block in them.
// API keys come from std::getenv(profile.apiKeyEnv) at submit time; never logged, never stored.
class LlmClient final {
 public:
  explicit LlmClient(ClientOptions options = {});
  ~LlmClient();                                         // cancels everything and joins the thread
  LlmClient(const LlmClient&) = delete;
  LlmClient& operator=(const LlmClient&) = delete;

  using RequestId = std::uint64_t;
  RequestId submit(const ProviderProfile& profile, ChatRequest request, ChatEvents events);  // thread-safe
  void cancel(RequestId id);                            // onDone(Cancelled) within 100 ms
  void cancelAll();

  // Convenience for the CLI and tests: blocks the calling thread (never the GUI thread).
  Result<ChatResult> complete(const ProviderProfile& profile, ChatRequest request,
                              std::function<void(std::string_view)> onText = {});
  Result<std::vector<std::string>> listModels(const ProviderProfile& profile);   // GET {base}/models

  std::size_t inFlight() const;                         // submitted and not yet done

 private:
  ClientOptions m_options;
  std::unique_ptr<CurlMultiLoop> m_loop;
};

}  // namespace copydesk::llm
