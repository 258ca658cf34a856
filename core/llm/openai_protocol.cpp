#include "core/llm/openai_protocol.h"

#include "core/llm/chat_error.h"
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
  if (auto p = it->find("prompt_tokens"); p != it->end() && p->is_number()) delta.inputTokens = p->get<std::int64_t>();
  if (auto c = it->find("completion_tokens"); c != it->end() && c->is_number()) {
    delta.outputTokens = c->get<std::int64_t>();
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
    if (auto index = choice.find("index"); index != choice.end() && index->is_number() && index->get<int>() != 0) {
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

// Reads the fields of a streamed chunk straight off the parser, without building a JSON tree: a
// stream is tens of chunks per reply, so the tree's allocations were most of the decoding cost.
// It gives up (returns false) on anything unusual — not an object, an "error" key, bad JSON —
// and decodeEvent then takes the general path, so the outcome is the same either way.
class ChunkReader final : public nlohmann::json_sax<Json> {
 public:
  explicit ChunkReader(StreamDelta& delta) : m_delta(delta) {}

  bool null() override { return scalar(); }
  bool boolean(bool) override { return scalar(); }
  bool number_integer(number_integer_t value) override { return number(static_cast<double>(value), value); }
  bool number_unsigned(number_unsigned_t value) override {
    return number(static_cast<double>(value), static_cast<std::int64_t>(value));
  }
  bool number_float(number_float_t value, const string_t&) override {
    return number(value, static_cast<std::int64_t>(value));
  }
  bool binary(binary_t&) override { return false; }
  bool string(string_t& value) override {
    if (m_frames.empty()) return false;
    const std::size_t depth = m_frames.size();
    const std::string& key = m_frames.back().key;
    if (depth == 1 && key == "model") m_delta.model = value;
    if (inChoice(3) && key == "finish_reason") m_choice.finish = value;
    if (inChoice(4) && m_frames[2].key == "delta" && m_frames[3].object) {
      if (key == "content") m_choice.text = value;
      else if (key == "reasoning_content") m_choice.reasoningContent = value;
      else if (key == "reasoning") m_choice.reasoning = value;
    }
    return true;
  }
  bool start_object(std::size_t) override { return open(true); }
  bool end_object() override {
    if (inChoice(3)) finishChoice();
    m_frames.pop_back();
    return true;
  }
  bool start_array(std::size_t) override { return open(false); }
  bool end_array() override {
    m_frames.pop_back();
    return true;
  }
  bool key(string_t& value) override {
    if (m_frames.size() == 1 && value == "error") return false;  // the general path words errors
    m_frames.back().key = value;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Frame {
    bool object = false;
    std::string key;
  };
  struct Choice {
    std::int64_t index = 0;
    std::string text, reasoningContent, reasoning, finish;
  };

  bool open(bool object) {
    if (m_frames.empty() && !object) return false;
    if (object && m_frames.size() == 2 && m_frames[0].key == "choices" && !m_frames[1].object) m_choice = Choice{};
    m_frames.push_back(Frame{object, {}});
    return true;
  }
  bool scalar() { return !m_frames.empty(); }
  bool number(double value, std::int64_t whole) {
    if (m_frames.empty()) return false;
    const std::string& key = m_frames.back().key;
    if (inChoice(3) && key == "index") m_choice.index = whole;
    if (m_frames.size() == 2 && m_frames[0].key == "usage" && m_frames[1].object) {
      if (key == "prompt_tokens") m_delta.inputTokens = whole;
      if (key == "completion_tokens") m_delta.outputTokens = whole;
    }
    return true;
  }
  // Exactly `depth` (3 or 4) frames deep, inside a choice object of the top-level "choices" array.
  bool inChoice(std::size_t depth) const {
    return m_frames.size() == depth && m_frames[0].key == "choices" && !m_frames[1].object && m_frames[2].object;
  }
  void finishChoice() {
    if (m_choice.index != 0) return;  // we ask for one completion; ignore any others
    m_delta.text += m_choice.text;
    m_delta.reasoning += m_choice.reasoningContent;
    m_delta.reasoning += m_choice.reasoning;
    if (!m_choice.finish.empty()) m_delta.finishReason = m_choice.finish;
  }

  StreamDelta& m_delta;
  std::vector<Frame> m_frames;
  Choice m_choice;
};

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
  {
    ChunkReader reader(delta);
    if (Json::sax_parse(event.data, &reader, nlohmann::detail::input_format_t::json, true, false)) return delta;
    delta = StreamDelta{};
  }
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
