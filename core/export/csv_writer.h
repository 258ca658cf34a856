#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"

namespace copydesk {

// upload: plain RFC 4180, cells exactly as given (what a shop importer wants).
// spreadsheet-safe: formula-like lines neutralised with a leading ' (see formula_guard.h).
enum class CsvMode { Upload, SpreadsheetSafe };
std::string_view toString(CsvMode mode);  // "upload" | "spreadsheet-safe"

// Streams RFC 4180 records: CRLF after every record, fields quoted when they hold , " CR or LF
// (inner " doubled), every record as wide as the first. Output is buffered and handed to `sink`
// in large chunks; a sink failure stops the writer and is reported by every later call.
class CsvWriter final {
 public:
  using Sink = std::function<Status(std::string_view bytes)>;

  CsvWriter(Sink sink, CsvMode mode, bool bom);
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  Status writeRecord(const std::vector<std::string>& fields);
  Status flush();

  std::int64_t records() const { return m_records; }
  CsvMode mode() const { return m_mode; }

  // One record as text (CRLF included), for tests and previews.
  static std::string format(const std::vector<std::string>& fields, CsvMode mode = CsvMode::Upload);
  static void appendField(std::string& out, std::string_view field, CsvMode mode);

 private:
  Sink m_sink;
  CsvMode m_mode;
  std::string m_buffer;
  std::size_t m_width = 0;
  std::int64_t m_records = 0;
  Status m_failed;
};

}  // namespace copydesk
