#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/common/result.h"

namespace copydesk::llm {

struct ChatRequest {
  std::string model;                // empty: the profile's defaultModel
  std::string system;               // may be empty
  std::string user;                 // the rendered user prompt
  std::optional<double> temperature;
  std::optional<int> maxTokens;
  bool stream = true;
  std::string tag;                  // caller's correlation id (batch slot), echoed in results; never sent
};

struct Usage {
  std::int64_t inputTokens = 0, outputTokens = 0;
  bool reported = false;            // false: the provider sent none (counts are then estimates or 0)
};

struct ChatResult {
  std::string text;                 // the copy (content channel only)
  std::string reasoning;            // reasoning_content etc. — never part of text
  Usage usage;
  double cost = 0;                  // USD from the profile's prices
  std::string finishReason, model;
  int attempts = 1;
  std::int64_t latencyMs = 0, firstTokenMs = -1;
  std::string requestBody;          // the JSON body exactly as sent (no key anywhere)
  std::string tag;                  // ChatRequest::tag, echoed
};

// Callbacks run on the network thread: keep them short, never block in them.
struct ChatEvents {
  std::function<void(std::string_view)> onText;        // streamed content pieces, in order
  std::function<void(std::string_view)> onReasoning;
  std::function<void()> onRetry;                        // a new attempt starts: discard partial text so far
  std::function<void(Result<ChatResult>)> onDone;       // exactly once per submitted request
};

}  // namespace copydesk::llm
