#include "core/llm/openai_chunk_reader.h"

#include <cstring>
#include <vector>

#include <simdjson.h>

#include "core/llm/json_number.h"

namespace copydesk::llm::openai {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// The network thread decodes every chunk: its parser and padded copy are reused, so a chunk
// costs no allocation once they have grown.
struct Reader {
  simdjson::dom::parser parser;
  std::vector<char> padded;

  simdjson::simdjson_result<element> parse(std::string_view data) {
    padded.resize(data.size() + simdjson::SIMDJSON_PADDING);
    std::memcpy(padded.data(), data.data(), data.size());
    return parser.parse(padded.data(), data.size(), false);
  }
};

// A whole number as the general path reads it (json_number.h): floats truncated, none beyond int64.
bool wholeNumber(element value, std::int64_t& out) {
  switch (value.type()) {
    case element_type::INT64: out = value.get_int64().value_unsafe(); return true;
    case element_type::UINT64: out = static_cast<std::int64_t>(value.get_uint64().value_unsafe()); return true;
    case element_type::DOUBLE:
      if (!fitsInt64(value.get_double().value_unsafe())) return false;
      out = static_cast<std::int64_t>(value.get_double().value_unsafe());
      return true;
    default: return false;
  }
}

// Range-for must not iterate a temporary's member: the object is named first.
simdjson::dom::object objectOf(element value) { return value.get_object().value_unsafe(); }

void assignString(element value, std::string& out) {
  if (value.is_string()) out.assign(value.get_string().value_unsafe());
}

// The keys of one object the reader looks at, each allowed once. nlohmann/json keeps the last of
// duplicate keys and simdjson's iteration sees them all, so a chunk that repeats one is unusual:
// the general path decides it ({"content":"a","content":null} must not read as "a").
class KeySet {
 public:
  bool firstTime(unsigned key) {
    const unsigned bit = 1u << key;
    if (m_seen & bit) return false;
    m_seen |= bit;
    return true;
  }

 private:
  unsigned m_seen = 0;
};

struct Choice {
  std::int64_t index = 0;
  std::string text, reasoningContent, reasoning, finish;
};

// Each reader returns false on a repeated key (KeySet).
bool readDelta(element body, Choice& choice) {
  if (!body.is_object()) return true;
  KeySet seen;
  const auto object = objectOf(body);
  for (auto field : object) {
    if (field.key == "content") {
      if (!seen.firstTime(0)) return false;
      assignString(field.value, choice.text);
    } else if (field.key == "reasoning_content") {
      if (!seen.firstTime(1)) return false;
      assignString(field.value, choice.reasoningContent);
    } else if (field.key == "reasoning") {
      if (!seen.firstTime(2)) return false;
      assignString(field.value, choice.reasoning);
    }
  }
  return true;
}

// Only the first completion counts: we ask for one.
bool readChoice(element node, StreamDelta& delta) {
  if (!node.is_object()) return true;
  Choice choice;
  KeySet seen;
  const auto object = objectOf(node);
  for (auto field : object) {
    if (field.key == "index") {
      if (!seen.firstTime(0)) return false;
      // An index no whole number can hold is not the first choice.
      if (!wholeNumber(field.value, choice.index) && field.value.is_number()) choice.index = -1;
    } else if (field.key == "finish_reason") {
      if (!seen.firstTime(1)) return false;
      assignString(field.value, choice.finish);
    } else if (field.key == "delta") {
      if (!seen.firstTime(2) || !readDelta(field.value, choice)) return false;
    }
  }
  if (choice.index != 0) return true;
  delta.text += choice.text;
  delta.reasoning += choice.reasoningContent;
  delta.reasoning += choice.reasoning;
  if (!choice.finish.empty()) delta.finishReason = choice.finish;
  return true;
}

bool readUsage(element node, StreamDelta& delta) {
  if (!node.is_object()) return true;
  std::int64_t value = 0;
  KeySet seen;
  const auto object = objectOf(node);
  for (auto field : object) {
    if (field.key == "prompt_tokens") {
      if (!seen.firstTime(0)) return false;
      if (wholeNumber(field.value, value)) delta.inputTokens = value;
    } else if (field.key == "completion_tokens") {
      if (!seen.firstTime(1)) return false;
      if (wholeNumber(field.value, value)) delta.outputTokens = value;
    }
  }
  return true;
}

}  // namespace

bool readChunk(std::string_view data, StreamDelta& delta) {
  thread_local Reader reader;
  element root;
  if (reader.parse(data).get(root) != simdjson::SUCCESS || !root.is_object()) return false;
  KeySet seen;
  const auto object = objectOf(root);
  for (auto field : object) {
    if (field.key == "error") return false;  // the general path words errors
    if (field.key == "model") {
      if (!seen.firstTime(0)) return false;
      assignString(field.value, delta.model);
    } else if (field.key == "choices") {
      if (!seen.firstTime(1)) return false;
      if (!field.value.is_array()) continue;
      const simdjson::dom::array choices = field.value.get_array().value_unsafe();
      for (element choice : choices) {
        if (!readChoice(choice, delta)) return false;
      }
    } else if (field.key == "usage") {
      if (!seen.firstTime(2) || !readUsage(field.value, delta)) return false;
    }
  }
  return true;
}

}  // namespace copydesk::llm::openai
