#include "core/llm/sse_parser.h"

#include <cstring>

namespace copydesk::llm {

namespace {

// The first CR or LF in [begin, end), or end. Two memchr passes beat a byte loop on long lines.
const char* findLineEnd(const char* begin, const char* end) {
  const void* lf = std::memchr(begin, '\n', static_cast<std::size_t>(end - begin));
  const char* limit = lf ? static_cast<const char*>(lf) : end;
  const void* cr = std::memchr(begin, '\r', static_cast<std::size_t>(limit - begin));
  return cr ? static_cast<const char*>(cr) : limit;
}

}  // namespace

void SseParser::feed(std::string_view bytes) {
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  if (m_skipLf && p != end) {
    if (*p == '\n') ++p;
    m_skipLf = false;
  }
  while (p != end) {
    const char* eol = findLineEnd(p, end);
    if (eol == end) {
      m_line.append(p, end);
      return;
    }
    if (m_line.empty()) {
      processLine(std::string_view(p, static_cast<std::size_t>(eol - p)));
    } else {
      m_line.append(p, eol);
      processLine(m_line);
      m_line.clear();
    }
    if (*eol == '\r') {
      if (eol + 1 == end) {
        m_skipLf = true;  // the LF of this CRLF may arrive with the next chunk
      } else if (eol[1] == '\n') {
        ++eol;
      }
    }
    p = eol + 1;
  }
}

void SseParser::finish() {
  if (!m_line.empty()) {
    // The stream ended inside a line: servers that omit the final newline still meant it.
    std::string last;
    last.swap(m_line);
    processLine(last);
  }
  dispatch();
  m_skipLf = false;
}

void SseParser::reset() {
  m_line.clear();
  m_skipLf = false;
  m_pending = SseEvent{};
  m_hasData = false;
  m_hasField = false;
}

void SseParser::processLine(std::string_view line) {
  if (line.empty()) {
    dispatch();
    return;
  }
  if (line.front() == ':') return;  // a comment (": keep-alive")
  std::string_view field = line;
  std::string_view value;
  if (const auto colon = line.find(':'); colon != std::string_view::npos) {
    field = line.substr(0, colon);
    value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  }
  if (field == "data") {
    if (m_hasData) m_pending.data.push_back('\n');
    m_pending.data.append(value);
    m_hasData = true;
  } else if (field == "event") {
    m_pending.event.assign(value);
    m_hasField = true;
  } else if (field == "id") {
    if (value.find('\0') == std::string_view::npos) m_pending.id.assign(value);
  }
  // "retry" and unknown fields are ignored, as the spec says.
}

void SseParser::dispatch() {
  // An event without data lines is not dispatched (WHATWG), but its name is forgotten.
  if (m_hasData && m_handler) m_handler(m_pending);
  m_pending.data.clear();
  m_pending.event.clear();
  m_hasData = false;
  m_hasField = false;
}

}  // namespace copydesk::llm
