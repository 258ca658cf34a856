#include "core/catalog/csv_reader.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace copydesk {
namespace {

// The bytes that end a run of unquoted field text, for one delimiter.
std::array<bool, 256> unquotedStops(char delimiter) {
  std::array<bool, 256> stops{};
  for (unsigned char c : {static_cast<unsigned char>(delimiter), static_cast<unsigned char>('\n'),
                          static_cast<unsigned char>('\r'), static_cast<unsigned char>('"')}) {
    stops[c] = true;
  }
  return stops;
}

// How much of the header detection reads at most, so a quote left open in it cannot make the
// reader hold the whole file.
constexpr size_t kDetectionText = 64 * 1024;

// Follows detectCsvDelimiter through text that arrives block by block: done once the text holds
// all that detection reads, up to the first '\n' outside quotes (a quote left open in the header
// runs on into the next lines) or kDetectionText bytes. Fed the same text after each fill.
class HeaderScan {
 public:
  bool done(std::string_view text) {
    for (; m_scanned < text.size() && m_scanned < kDetectionText; ++m_scanned) {
      const char c = text[m_scanned];
      if (c == '"') m_quoted = !m_quoted;
      else if (c == '\n' && !m_quoted) return true;
    }
    return m_scanned >= kDetectionText;
  }

 private:
  size_t m_scanned = 0;
  bool m_quoted = false;
};

}  // namespace

char detectCsvDelimiter(std::string_view text) {
  size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

// Moves consumed text out of the buffer and appends the next decoded block.
Result<bool> CsvReader::fill() {
  if (m_eof) return false;
  if (m_pos > 0) {
    m_buffer.erase(0, m_pos);
    m_pos = 0;
  }
  const size_t before = m_buffer.size();
  while (m_buffer.size() == before) {
    auto more = m_source.read(m_buffer);
    if (!more) return more.error();
    if (!*more) {
      m_eof = true;
      return false;
    }
  }
  return true;
}

void CsvReader::detectDelimiter() {
  // The header line may be longer than one block; detection only needs what is already there.
  m_delimiter = detectCsvDelimiter(std::string_view(m_buffer).substr(m_pos, kDetectionText));
}

Result<bool> CsvReader::next(CsvRecord& record) {
  size_t count = 0;  // fields filled so far in record.fields
  auto field = [&]() -> std::string& {
    if (count == record.fields.size()) record.fields.emplace_back();
    std::string& f = record.fields[count++];
    f.clear();
    return f;
  };
  // Skip blank lines between records.
  for (;;) {
    if (m_pos >= m_buffer.size()) {
      auto more = fill();
      if (!more) return more.error();
      if (!*more) return false;
    }
    const char c = m_buffer[m_pos];
    if (c == '\n') {
      ++m_line;
      ++m_pos;
    } else if (c == '\r') {
      ++m_pos;
    } else {
      break;
    }
  }
  if (m_delimiter == 0) {
    // All that detection reads must be in the buffer, whatever the block size, or the delimiter
    // would depend on it (fill keeps the text from m_pos on, so the scan's offsets stay valid).
    HeaderScan header;
    while (!header.done(std::string_view(m_buffer).substr(m_pos)) && !m_eof) {
      auto more = fill();
      if (!more) return more.error();
    }
    detectDelimiter();
  }
  record.line = m_line;
  const char delim = m_delimiter;
  if (m_stopsFor != delim) {
    m_stops = unquotedStops(delim);
    m_stopsFor = delim;
  }
  const auto& stops = m_stops;
  std::string* current = &field();
  bool quoted = false;      // inside a quoted field
  bool wasQuoted = false;   // the current field started with a quote
  for (;;) {
    if (m_pos >= m_buffer.size()) {
      auto more = fill();
      if (!more) return more.error();
      if (!*more) {
        if (quoted) return m_source.errorAt(record.line, "catalog.csv.unterminated-quote");
        break;
      }
    }
    const char* data = m_buffer.data();
    const size_t size = m_buffer.size();
    size_t i = m_pos;
    if (quoted) {
      // Copy up to the next quote in one go, counting the line breaks it holds.
      const void* quote = std::memchr(data + i, '"', size - i);
      i = quote ? static_cast<size_t>(static_cast<const char*>(quote) - data) : size;
      m_line += std::count(data + m_pos, data + i, '\n');
      current->append(data + m_pos, i - m_pos);
      m_pos = i;
      if (i >= size) continue;
      // A quote: closing, or the first of a doubled pair. Need the next character to tell.
      if (i + 1 >= size) {
        auto more = fill();
        if (!more) return more.error();
        if (!*more) {  // the closing quote ends the file
          m_pos = m_buffer.size();
          quoted = false;
          break;
        }
        continue;
      }
      if (data[i + 1] == '"') {
        *current += '"';
        m_pos = i + 2;
      } else {
        quoted = false;
        m_pos = i + 1;
      }
      continue;
    }
    // Unquoted: copy up to the next delimiter, quote or line end.
    while (i < size && !stops[static_cast<unsigned char>(data[i])]) ++i;
    current->append(data + m_pos, i - m_pos);
    m_pos = i;
    if (i >= size) continue;
    const char c = data[i];
    ++m_pos;
    if (c == delim) {
      current = &field();
      wasQuoted = false;
    } else if (c == '"') {
      if (current->empty() && !wasQuoted) {
        quoted = wasQuoted = true;
      } else {
        *current += '"';  // a stray quote inside an unquoted field is kept as text
      }
    } else if (c == '\n') {
      ++m_line;
      break;
    }
    // A CR is dropped: CRLF ends the record at the LF; a lone CR inside a field is noise.
  }
  record.fields.resize(count);
  return true;
}

}  // namespace copydesk
