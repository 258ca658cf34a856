#include "core/llm/openai_protocol.h"

#include "core/llm/chat_error.h"
#include "core/llm/json_number.h"
#include "core/llm/openai_chunk_reader.h"
#include "core/llm/provider_error.h"

namespace copydesk::llm::openai {

namespace {

std::string stringAt(const Json& node, const char* key) {
  if (!node.is_object()) return {};
  const auto it = node.find(key);
  return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void readUsage(const Json& json, StreamDelta& delta) {
  const auto it = json.find("usage");
  if (it == json.end() || !it->is_object()) return;
  if (auto p = it->find("prompt_tokens"); p != it->end()) {
    if (auto n = wholeNumber(*p)) delta.inputTokens = n;
  }
  if (auto c = it->find("completion_tokens"); c != it->end()) {
    if (auto n = wholeNumber(*c)) delta.outputTokens = n;
  }
}

// An error object inside a 200 response or a stream: an error, never text.
bool readError(const Json& json, StreamDelta& delta) {
  const auto it = json.find("error");
  if (it == json.end() || it->is_null()) return false;
  std::string message = providerMessage(json.dump());
  if (message.empty()) message = it->dump();
  const std::string type = stringAt(*it, "type") + " " + stringAt(*it, "code");
  delta.transient = type.find("server") != std::string::npos || type.find("overload") != std::string::npos ||
                    type.find("rate_limit") != std::string::npos || type.find("timeout") != std::string::npos;
  delta.error = chatError(delta.transient && type.find("rate_limit") != std::string::npos ? ErrorCode::RateLimited
                                                                                          : ErrorCode::Provider,
                          "The provider reported an error: " + message);
  return true;
}

// The part of a choice that carries text: `delta` when streaming, `message` otherwise.
void readChoices(const Json& json, const char* part, StreamDelta& delta) {
  const auto choices = json.find("choices");
  if (choices == json.end() || !choices->is_array()) return;  // null or absent: usage/annotation chunks
  for (const auto& choice : *choices) {
    if (!choice.is_object()) continue;
    if (auto index = choice.find("index"); index != choice.end() && index->is_number() && wholeNumber(*index) != 0) {
      continue;  // we ask for one completion; ignore any others
    }
    if (auto body = choice.find(part); body != choice.end() && body->is_object()) {
      delta.text += stringAt(*body, "content");
      delta.reasoning += stringAt(*body, "reasoning_content");
      delta.reasoning += stringAt(*body, "reasoning");
    }
    const std::string finish = stringAt(choice, "finish_reason");
    if (!finish.empty()) delta.finishReason = finish;
  }
}

StreamDelta malformed(std::string_view what) {
  StreamDelta delta;
  delta.malformed = true;
  delta.error = chatError(ErrorCode::Provider, "The provider sent malformed JSON: " + std::string(what.substr(0, 80)));
  return delta;
}

}  // namespace

Json requestBody(const ChatRequest& request, const std::string& model) {
  Json body;
  body["model"] = model;
  Json messages = Json::array();
  if (!request.system.empty()) messages.push_back({{"role", "system"}, {"content", request.system}});
  messages.push_back({{"role", "user"}, {"content", request.user}});
  body["messages"] = std::move(messages);
  if (request.temperature) body["temperature"] = *request.temperature;
  if (request.maxTokens) body["max_tokens"] = *request.maxTokens;
  body["stream"] = request.stream;
  if (request.stream) body["stream_options"] = {{"include_usage", true}};
  return body;
}

StreamDelta decodeEvent(const SseEvent& event) {
  StreamDelta delta;
  if (event.data == "[DONE]") {
    delta.done = true;
    return delta;
  }
  if (readChunk(event.data, delta)) return delta;
  delta = StreamDelta{};
  const Json json = Json::parse(event.data, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return malformed(event.data);
  if (readError(json, delta)) return delta;
  delta.model = stringAt(json, "model");
  readChoices(json, "delta", delta);
  readUsage(json, delta);
  return delta;
}

StreamDelta decodeBody(std::string_view body) {
  StreamDelta delta;
  const Json json = Json::parse(body, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return malformed(body);
  if (readError(json, delta)) return delta;
  delta.model = stringAt(json, "model");
  readChoices(json, "message", delta);
  readUsage(json, delta);
  delta.done = true;
  return delta;
}

std::vector<std::string> decodeModels(std::string_view body) {
  std::vector<std::string> models;
  const Json json = Json::parse(body, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return models;
  for (const char* list : {"data", "models"}) {
    const auto it = json.find(list);
    if (it == json.end() || !it->is_array()) continue;
    for (const auto& entry : *it) {
      std::string id = stringAt(entry, "id");
      if (id.empty()) id = stringAt(entry, "name");
      if (!id.empty()) models.push_back(std::move(id));
    }
    if (!models.empty()) break;
  }
  return models;
}

}  // namespace copydesk::llm::openai
