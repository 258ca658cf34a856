#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/llm/sse_parser.h"

using copydesk::llm::SseEvent;
using copydesk::llm::SseParser;

namespace {

std::vector<SseEvent> parseInPieces(const std::string& stream, const std::vector<std::size_t>& cuts) {
  std::vector<SseEvent> events;
  SseParser parser([&](const SseEvent& event) { events.push_back(event); });
  std::size_t from = 0;
  for (std::size_t cut : cuts) {
    parser.feed(std::string_view(stream).substr(from, cut - from));
    from = cut;
  }
  parser.feed(std::string_view(stream).substr(from));
  parser.finish();
  return events;
}

std::vector<SseEvent> parseWhole(const std::string& stream) { return parseInPieces(stream, {}); }

std::vector<SseEvent> parseByteByByte(const std::string& stream) {
  std::vector<std::size_t> cuts;
  for (std::size_t i = 1; i < stream.size(); ++i) cuts.push_back(i);
  return parseInPieces(stream, cuts);
}

bool sameEvents(const std::vector<SseEvent>& a, const std::vector<SseEvent>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].event != b[i].event || a[i].data != b[i].data || a[i].id != b[i].id) return false;
  }
  return true;
}

const std::string kMixed =
    ": keep-alive\r\n\r\n"
    "data: {\"a\":1}\r\n\r\n"
    "event: content_block_delta\ndata:{\"text\":\"\xE4\xBD\xA0\xE5\xA5\xBD\"}\n\n"
    "data: line one\ndata: line two\n\n"
    "id: 7\rdata: cr only\r\r"
    "data: [DONE]";

}  // namespace

TEST_CASE("SSE: LF events with and without a space after data:") {
  const auto events = parseWhole("data: {\"x\":1}\n\ndata:{\"x\":2}\n\n");
  REQUIRE(events.size() == 2);
  CHECK(events[0].data == "{\"x\":1}");
  CHECK(events[1].data == "{\"x\":2}");
  CHECK(events[0].event.empty());
}

TEST_CASE("SSE: CRLF / CR / comments / names / ids and multi-line data") {
  const auto events = parseWhole(kMixed);
  REQUIRE(events.size() == 5);
  CHECK(events[0].data == "{\"a\":1}");
  CHECK(events[1].event == "content_block_delta");
  CHECK(events[1].data == "{\"text\":\"\xE4\xBD\xA0\xE5\xA5\xBD\"}");
  CHECK(events[2].data == "line one\nline two");
  CHECK(events[2].event.empty());  // the name does not leak into the next event
  CHECK(events[3].data == "cr only");
  CHECK(events[3].id == "7");
  CHECK(events[4].data == "[DONE]");  // flushed at the end although no blank line followed
}

TEST_CASE("SSE: byte-by-byte and random splits give identical events") {
  const auto whole = parseWhole(kMixed);
  CHECK(sameEvents(parseByteByByte(kMixed), whole));
  std::mt19937 random(42);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::size_t> cuts;
    std::size_t at = 0;
    while (true) {
      at += 1 + random() % 9;
      if (at >= kMixed.size()) break;
      cuts.push_back(at);
    }
    INFO("round " << round);
    REQUIRE(sameEvents(parseInPieces(kMixed, cuts), whole));
  }
}

TEST_CASE("SSE: a CRLF split between two reads ends one line / not two") {
  // "data: a\r" | "\n\r\n": one event "a"; a naive parser sees an extra blank line and splits wrongly.
  const auto events = parseInPieces("data: a\r\ndata: b\r\n\r\n", {8});
  REQUIRE(events.size() == 1);
  CHECK(events[0].data == "a\nb");
}

TEST_CASE("SSE: a UTF-8 character split across reads stays whole") {
  const std::string stream = "data: \xE6\x96\xB0\xE5\x93\x81\xF0\x9F\x98\x80\n\n";
  for (std::size_t cut = 1; cut < stream.size(); ++cut) {
    const auto events = parseInPieces(stream, {cut});
    REQUIRE(events.size() == 1);
    CHECK(events[0].data == "\xE6\x96\xB0\xE5\x93\x81\xF0\x9F\x98\x80");
  }
}

TEST_CASE("SSE: the last event is flushed at the end without a blank line / a bare comment is not an event") {
  auto events = parseWhole("event: message_stop\ndata: {\"type\":\"message_stop\"}\n");
  REQUIRE(events.size() == 1);
  CHECK(events[0].event == "message_stop");
  CHECK(parseWhole(": only a comment\n\n").empty());
  CHECK(parseWhole("event: ping\n\n").empty());  // no data: not dispatched
}

TEST_CASE("SSE: two events in one read are both delivered / and reset forgets a partial event") {
  std::vector<SseEvent> events;
  SseParser parser([&](const SseEvent& event) { events.push_back(event); });
  parser.feed("data: 1\n\ndata: 2\n\ndata: par");
  CHECK(events.size() == 2);
  parser.reset();
  parser.feed("data: 3\n\n");
  parser.finish();
  REQUIRE(events.size() == 3);
  CHECK(events[2].data == "3");
}
