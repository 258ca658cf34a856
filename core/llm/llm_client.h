#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/llm/api_key_source.h"
#include "core/llm/chat_request.h"
#include "core/llm/provider_profile.h"
#include "core/llm/retry_policy.h"
#include "core/llm/usage_cost.h"  // estimateTokens, costOf: part of the client's public API

namespace copydesk::llm {

class CurlMultiLoop;

// How one GET {base}/models is run (listModels): one attempt unless told otherwise, a short
// deadline, and a key given here instead of the client's source (a key typed but not saved yet).
struct ModelsQuery {
  int maxAttempts = 1;
  int timeoutMs = 30000;
  std::optional<std::string> apiKey;
};

struct ClientOptions {
  RetryPolicy retry;                // attempts, base delay, max delay, Retry-After cap, total deadline
  bool useRateLimiter = true;       // the per-profile client-side limiter (rpm, tpm, concurrency)
  std::string userAgent = "copydesk/0.1";
  // With 8+ transfers in flight the network thread passes over its sockets at most this often, so
  // one pass serves many streams (much less CPU at 100 streams; a chunk is handed on coalesceMs/2
  // later on average, at most coalesceMs; the studio redraws every 40 ms anyway). A submit, a cancel
  // or bytes on a reply that is finishing end the wait early. 0 = hand on every chunk at once.
  int coalesceMs = 30;
  ApiKeySource apiKey;              // empty: environmentKey
};

// One network thread owning a curl multi handle; many requests in flight at once.
// Callbacks run on the network thread: keep them short, never block in them.
// API keys come from ClientOptions::apiKey at submit time; never logged, never stored. Before
// anything is sent, a request that would carry a key over plain http:// to a host that is not this
// machine fails (InvalidInput) unless its profile allows it (allowInsecureHttp).
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
  // GET {base}/models on the network thread, like any request; onDone runs there, exactly once.
  using ModelsDone = std::function<void(Result<std::vector<std::string>>)>;
  RequestId submitListModels(const ProviderProfile& profile, ModelsQuery query, ModelsDone onDone);  // thread-safe
  // The same, blocking the calling thread (never the GUI thread).
  Result<std::vector<std::string>> listModels(const ProviderProfile& profile, ModelsQuery query = {});

  // The key a request for this profile carries, from ClientOptions::apiKey ("" for none). For
  // other HTTP calls made on the client's behalf (the Batch API's files and batches).
  std::string apiKeyFor(const ProviderProfile& profile) const;

  std::size_t inFlight() const;                         // submitted and not yet done

 private:
  ClientOptions m_options;
  std::unique_ptr<CurlMultiLoop> m_loop;
};

}  // namespace copydesk::llm
