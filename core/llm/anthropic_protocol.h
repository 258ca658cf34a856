#pragma once

#include <string>

#include "core/common/json.h"
#include "core/llm/chat_request.h"
#include "core/llm/sse_parser.h"
#include "core/llm/stream_delta.h"

namespace copydesk::llm {

// The Anthropic Messages wire format.
namespace anthropic {

inline constexpr const char* kDefaultVersion = "2023-06-01";
inline constexpr int kDefaultMaxTokens = 1024;   // the API requires max_tokens

Json requestBody(const ChatRequest& request, const std::string& model);
// message_start (input usage), content_block_delta (text_delta / thinking_delta), message_delta
// (stop reason, cumulative output usage), message_stop, ping (ignored), error (an error).
StreamDelta decodeEvent(const SseEvent& event);
StreamDelta decodeBody(std::string_view body);

}  // namespace anthropic
}  // namespace copydesk::llm
