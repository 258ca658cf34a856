// The Anthropic Messages reply readers: anthropic::decodeEvent (message_start, content_block_start,
// content_block_delta, message_delta, message_stop, ping, error) and anthropic::decodeBody.
//
// Input: one options byte, then the bytes.
//   bit 0     the bytes are a whole text/event-stream, split by SseParser and decoded event by
//             event as the client does; otherwise they are one event's data (and a whole body)
//   bits 1-3  that one event's name: "", message_start, content_block_start, content_block_delta,
//             message_delta, message_stop, error, ping
#include <cstdint>
#include <string>

#include "core/llm/anthropic_protocol.h"
#include "core/llm/sse_parser.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"

using namespace copydesk;
using namespace copydesk::llm;

namespace {

void decode(const SseEvent& event) {
  const StreamDelta delta = anthropic::decodeEvent(event);
  fuzz::require(!delta.malformed || (delta.text.empty() && delta.error), "malformed JSON turned into text");
  if (delta.error) (void)delta.error->describe();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::asText(data, size);
  const std::uint8_t bits = fuzz::takeOptions(text);
  if (bits & 1) {
    SseParser parser(decode);
    parser.feed(text);
    parser.finish();
    return 0;
  }
  constexpr const char* kEvents[] = {"",           "message_start", "content_block_start", "content_block_delta",
                                     "message_delta", "message_stop", "error",               "ping"};
  decode({kEvents[(bits >> 1) & 7], std::string(text), ""});
  const StreamDelta body = anthropic::decodeBody(text);
  fuzz::require(!body.malformed || body.text.empty(), "a malformed body turned into text");
  return 0;
}
