// The text/event-stream parser every streamed LLM reply goes through (SseParser).
//
// Input: one options byte, then the stream's bytes.
//   bits 0-3  the stream is fed in pieces of 1..16 bytes (0: all at once is also compared)
// Checks what the header promises: the same events whatever the chunking — fed all at once, one
// byte at a time and in the chosen pieces — and reset() forgets everything.
#include <cstdint>
#include <string>
#include <vector>

#include "core/llm/sse_parser.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"

using copydesk::llm::SseEvent;
using copydesk::llm::SseParser;

namespace {

std::string events(std::string_view stream, size_t piece) {
  std::string out;
  SseParser parser([&out](const SseEvent& event) {
    out += "event[" + event.event + "] id[" + event.id + "] data[" + event.data + "]\n";
  });
  for (size_t at = 0; at < stream.size(); at += piece) parser.feed(stream.substr(at, piece));
  parser.finish();
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view stream = copydesk::fuzz::asText(data, size);
  const std::uint8_t bits = copydesk::fuzz::takeOptions(stream);
  const size_t piece = 1 + (bits & 15);
  const std::string whole = events(stream, stream.size() + 1);
  const std::string bytes = events(stream, 1);
  const std::string pieces = events(stream, piece);
  copydesk::fuzz::require(whole == bytes, "byte-at-a-time events differ", whole + "\n  one byte at a time:\n  " + bytes);
  copydesk::fuzz::require(whole == pieces, "events differ by chunking", whole + "\n  in pieces:\n  " + pieces);

  // A reset after half the stream: the second attempt sees only its own bytes.
  std::string again;
  SseParser parser([&again](const SseEvent& event) { again += event.data + "\n"; });
  parser.feed(stream.substr(0, stream.size() / 2));
  parser.reset();
  again.clear();
  parser.feed(stream);
  parser.finish();
  std::string fresh;
  SseParser clean([&fresh](const SseEvent& event) { fresh += event.data + "\n"; });
  clean.feed(stream);
  clean.finish();
  copydesk::fuzz::require(again == fresh, "reset() left state behind", again + "\n  fresh:\n  " + fresh);
  return 0;
}
