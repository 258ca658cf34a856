#pragma once

#include <string>

#include "core/common/json.h"
#include "core/llm/chat_request.h"
#include "core/llm/provider_profile.h"
#include "core/llm/sse_parser.h"
#include "core/llm/stream_delta.h"

namespace copydesk::llm {

// The OpenAI chat-completions wire format, shared by every compatible server and Azure.
namespace openai {

// The request body: model, messages (system + user), temperature, max_tokens, stream and
// stream_options.include_usage when streaming.
Json requestBody(const ChatRequest& request, const std::string& model);
// One SSE event of a streamed response. Handles choices: null / [], [DONE], error objects,
// Azure's empty first chunks, reasoning_content, the final usage chunk.
StreamDelta decodeEvent(const SseEvent& event);
// A whole non-streamed response body.
StreamDelta decodeBody(std::string_view body);
// Model ids from GET /models ({"data":[{"id":…}]}); also reads Ollama's {"models":[{"name":…}]}.
std::vector<std::string> decodeModels(std::string_view body);

}  // namespace openai
}  // namespace copydesk::llm
