#include "core/llm/anthropic_protocol.h"

#include "core/llm/chat_error.h"
#include "core/llm/json_number.h"
#include "core/llm/provider_error.h"

namespace copydesk::llm::anthropic {

namespace {

std::string stringAt(const Json& node, const char* key) {
  if (!node.is_object()) return {};
  const auto it = node.find(key);
  return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void readUsage(const Json& usage, StreamDelta& delta) {
  if (!usage.is_object()) return;
  if (auto in = usage.find("input_tokens"); in != usage.end()) {
    if (auto n = wholeNumber(*in)) delta.inputTokens = n;
  }
  if (auto out = usage.find("output_tokens"); out != usage.end()) {
    if (auto n = wholeNumber(*out)) delta.outputTokens = n;
  }
}

void readError(const Json& json, StreamDelta& delta) {
  const Json& error = json.contains("error") ? json["error"] : json;
  const std::string type = stringAt(error, "type");
  std::string message = stringAt(error, "message");
  if (message.empty()) message = json.dump();
  delta.transient = type == "overloaded_error" || type == "api_error" || type == "rate_limit_error";
  delta.error = chatError(type == "rate_limit_error" ? ErrorCode::RateLimited : ErrorCode::Provider,
                          "The provider reported an error: " + message + (type.empty() ? "" : " (" + type + ")"));
}

// The text blocks of a whole message: [{"type":"text","text":…}, {"type":"thinking",…}].
void readContent(const Json& content, StreamDelta& delta) {
  if (!content.is_array()) return;
  for (const auto& block : content) {
    const std::string type = stringAt(block, "type");
    if (type == "text") delta.text += stringAt(block, "text");
    if (type == "thinking") delta.reasoning += stringAt(block, "thinking");
  }
}

}  // namespace

Json requestBody(const ChatRequest& request, const std::string& model) {
  Json body;
  body["model"] = model;
  body["max_tokens"] = request.maxTokens.value_or(kDefaultMaxTokens);
  if (!request.system.empty()) body["system"] = request.system;
  body["messages"] = Json::array({{{"role", "user"}, {"content", request.user}}});
  if (request.temperature) body["temperature"] = *request.temperature;
  body["stream"] = request.stream;
  return body;
}

StreamDelta decodeEvent(const SseEvent& event) {
  StreamDelta delta;
  const Json json = Json::parse(event.data, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    delta.malformed = true;
    delta.error = chatError(ErrorCode::Provider,
                            "The provider sent malformed JSON: " + event.data.substr(0, 80));
    return delta;
  }
  std::string type = stringAt(json, "type");
  if (type.empty()) type = event.event;
  if (type == "error" || event.event == "error") {
    readError(json, delta);
  } else if (type == "message_start") {
    const Json& message = json.contains("message") ? json["message"] : json;
    delta.model = stringAt(message, "model");
    if (message.contains("usage")) readUsage(message["usage"], delta);
  } else if (type == "content_block_start") {
    if (json.contains("content_block")) readContent(Json::array({json["content_block"]}), delta);
  } else if (type == "content_block_delta") {
    const Json& d = json.contains("delta") ? json["delta"] : json;
    const std::string kind = stringAt(d, "type");
    if (kind == "text_delta") delta.text = stringAt(d, "text");
    if (kind == "thinking_delta") delta.reasoning = stringAt(d, "thinking");
  } else if (type == "message_delta") {
    if (json.contains("delta")) delta.finishReason = stringAt(json["delta"], "stop_reason");
    if (json.contains("usage")) readUsage(json["usage"], delta);
  } else if (type == "message_stop") {
    delta.done = true;
  }
  // ping, content_block_stop and unknown events carry nothing for us.
  return delta;
}

StreamDelta decodeBody(std::string_view body) {
  StreamDelta delta;
  const Json json = Json::parse(body, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    delta.malformed = true;
    delta.error = chatError(ErrorCode::Provider, "The provider sent malformed JSON: " +
                                                     std::string(body.substr(0, 80)));
    return delta;
  }
  if (stringAt(json, "type") == "error") {
    readError(json, delta);
    return delta;
  }
  delta.model = stringAt(json, "model");
  if (json.contains("content")) readContent(json["content"], delta);
  delta.finishReason = stringAt(json, "stop_reason");
  if (json.contains("usage")) readUsage(json["usage"], delta);
  delta.done = true;
  return delta;
}

}  // namespace copydesk::llm::anthropic
