// The OpenAI-compatible reply readers: openai::readChunk (the simdjson fast path every streamed
// chunk takes), openai::decodeEvent, decodeBody and decodeModels (the nlohmann/json paths).
//
// Input: one options byte, then the bytes.
//   bit 0  the bytes are a whole text/event-stream: split by SseParser, every event decoded as
//          the client does; otherwise they are one event's data (and a whole body).
// Checks the fast path's promise (openai_chunk_reader.h): when readChunk takes a chunk, the
// outcome is the same as the general path's, which this file restates with nlohmann/json.
#include <cmath>
#include <cstdint>
#include <string>

#include "core/common/json.h"
#include "core/llm/openai_chunk_reader.h"
#include "core/llm/openai_protocol.h"
#include "core/llm/sse_parser.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"

using namespace copydesk;
using namespace copydesk::llm;

namespace {

// The general path of openai::decodeEvent for a chunk without an error (openai_protocol.cpp).
std::string stringAt(const Json& node, const char* key) {
  if (!node.is_object()) return {};
  const auto it = node.find(key);
  return it != node.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// An index counts as the first choice when it is 0 read as a whole number (floats truncated).
bool firstChoice(const Json& index) {
  if (index.is_number_float()) return index.get<double>() > -1 && index.get<double>() < 1;
  if (index.is_number_unsigned()) return index.get<std::uint64_t>() == 0;
  return index.get<std::int64_t>() == 0;
}

bool generalPath(std::string_view data, StreamDelta& delta) {
  const Json json = Json::parse(data, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return false;
  if (auto error = json.find("error"); error != json.end()) return false;
  delta.model = stringAt(json, "model");
  if (auto choices = json.find("choices"); choices != json.end() && choices->is_array()) {
    for (const auto& choice : *choices) {
      if (!choice.is_object()) continue;
      if (auto index = choice.find("index"); index != choice.end() && index->is_number() && !firstChoice(*index)) continue;
      if (auto body = choice.find("delta"); body != choice.end() && body->is_object()) {
        delta.text += stringAt(*body, "content");
        delta.reasoning += stringAt(*body, "reasoning_content");
        delta.reasoning += stringAt(*body, "reasoning");
      }
      if (const std::string finish = stringAt(choice, "finish_reason"); !finish.empty()) delta.finishReason = finish;
    }
  }
  if (auto usage = json.find("usage"); usage != json.end() && usage->is_object()) {
    for (const char* key : {"prompt_tokens", "completion_tokens"}) {
      auto n = usage->find(key);
      if (n == usage->end() || !n->is_number()) continue;
      auto& out = key[0] == 'p' ? delta.inputTokens : delta.outputTokens;
      if (n->is_number_float()) {
        out = n->get<double>() >= -9.2e18 && n->get<double>() <= 9.2e18 ? std::optional<std::int64_t>(n->get<double>()) : out;
      } else {
        out = n->get<std::int64_t>();
      }
    }
  }
  return true;
}

std::string describe(const StreamDelta& d) {
  auto number = [](const std::optional<std::int64_t>& n) { return n ? std::to_string(*n) : std::string("-"); };
  return "text[" + d.text + "] reasoning[" + d.reasoning + "] finish[" + d.finishReason + "] model[" + d.model +
         "] in " + number(d.inputTokens) + " out " + number(d.outputTokens);
}

void decodeOne(std::string_view data) {
  StreamDelta fast;
  if (openai::readChunk(data, fast)) {
    StreamDelta general;
    fuzz::require(generalPath(data, general), "the general path rejects a chunk readChunk took",
                  describe(fast));
    fuzz::require(describe(fast) == describe(general), "readChunk and the general path disagree",
                  describe(fast) + "\n  general:\n  " + describe(general));
  }
  const StreamDelta event = openai::decodeEvent({"", std::string(data), ""});
  fuzz::require(!event.malformed || event.text.empty(), "malformed JSON turned into text");
  (void)openai::decodeBody(data);
  (void)openai::decodeModels(data);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::asText(data, size);
  const std::uint8_t bits = fuzz::takeOptions(text);
  if (!(bits & 1)) {
    decodeOne(text);
    return 0;
  }
  SseParser parser([](const SseEvent& event) { decodeOne(event.data); });
  parser.feed(text);
  parser.finish();
  return 0;
}
