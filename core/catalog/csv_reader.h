#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/catalog/text_decoder.h"
#include "core/common/result.h"

namespace copydesk {

// One CSV record and the 1-based line of the file where it starts.
struct CsvRecord {
  std::vector<std::string> fields;
  std::int64_t line = 0;
};

// RFC 4180 records from a TextDecoder, one at a time: quoted fields may hold delimiters, newlines
// and doubled quotes; CRLF or LF ends a record. The delimiter (',', ';' or TAB) is taken from the
// first line, counting outside quotes (a quote left open runs the line on; at most its first 64 KiB
// are read). Only the current block and record are held in memory.
class CsvReader final {
 public:
  // `initialText`: text already taken from the decoder (e.g. to sniff the format), read first.
  explicit CsvReader(TextDecoder& source, std::string initialText = {})
      : m_source(source), m_buffer(std::move(initialText)) {}

  // Fills `record` with the next record; false at the end of the file. Blank lines are skipped.
  // `record.fields` keeps its capacity between calls, so a loop allocates little.
  Result<bool> next(CsvRecord& record);

  char delimiter() const { return m_delimiter; }
  // Text held right now (at most about one block plus the record being read).
  size_t bufferedBytes() const { return m_buffer.size(); }
  // Use this delimiter instead of detecting it.
  void setDelimiter(char delimiter) { m_delimiter = delimiter; }

 private:
  Result<bool> fill();
  void detectDelimiter();

  TextDecoder& m_source;
  std::string m_buffer;
  size_t m_pos = 0;
  bool m_eof = false;
  char m_delimiter = 0;
  std::int64_t m_line = 1;  // line of m_buffer[m_pos]
  std::array<bool, 256> m_stops{};  // bytes that end unquoted text, for m_stopsFor
  char m_stopsFor = 0;
};

// The delimiter a header line uses: the most frequent of ',', ';', TAB outside quotes (',' on ties).
char detectCsvDelimiter(std::string_view firstLine);

}  // namespace copydesk
