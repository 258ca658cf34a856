#pragma once

#include <optional>
#include <string>

#include "core/common/error.h"
#include "core/llm/chat_request.h"

namespace copydesk::llm {

// What one decoded stream event (or a whole non-streamed body) contributes to a ChatResult.
struct StreamDelta {
  std::string text;                 // content channel
  std::string reasoning;            // reasoning_content / thinking: never copy
  std::optional<std::int64_t> inputTokens, outputTokens;
  std::string finishReason;
  std::string model;
  bool done = false;                // [DONE] / message_stop
  std::optional<Error> error;       // an error event or malformed JSON: never text
  bool malformed = false;           // the JSON could not be read (retryable)
  bool transient = false;           // the error says overloaded / server error / rate limit (retryable)
};

}  // namespace copydesk::llm
