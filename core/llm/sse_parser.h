#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace copydesk::llm {

// One server-sent event: the `event:` name ("" = message) and its data lines joined with \n.
struct SseEvent {
  std::string event;
  std::string data;
  std::string id;
};

// An incremental text/event-stream parser (WHATWG rules). Fed arbitrary byte chunks — one byte at a
// time or megabytes — it produces the same events: lines end in CRLF, LF or CR (a CRLF split across
// two chunks counts once), a blank line dispatches, `:` lines are comments, `data:` with or without
// one space, multi-line data joined with \n. finish() flushes a last event that had no blank line.
// Bytes are passed through untouched, so a UTF-8 sequence split across reads stays whole.
class SseParser final {
 public:
  using Handler = std::function<void(const SseEvent&)>;
  explicit SseParser(Handler handler) : m_handler(std::move(handler)) {}

  void feed(std::string_view bytes);
  void finish();                    // end of stream: dispatch a pending event, drop a partial line
  void reset();                     // forget everything (a new attempt)

  std::size_t bufferedBytes() const { return m_line.size(); }

 private:
  void processLine(std::string_view line);
  void dispatch();

  Handler m_handler;
  std::string m_line;               // an unterminated line carried between chunks
  bool m_skipLf = false;            // the last chunk ended in CR: a leading LF belongs to it
  SseEvent m_pending;
  bool m_hasData = false;
  bool m_hasField = false;
};

}  // namespace copydesk::llm
