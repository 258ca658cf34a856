#include "core/export/csv_writer.h"

#include "core/export/formula_guard.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

constexpr std::size_t kFlushAt = 1 << 18;

void appendQuotedIfNeeded(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(field);
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string_view toString(CsvMode mode) { return mode == CsvMode::Upload ? "upload" : "spreadsheet-safe"; }

CsvWriter::CsvWriter(Sink sink, CsvMode mode, bool bom) : m_sink(std::move(sink)), m_mode(mode) {
  m_buffer.reserve(kFlushAt + 4096);
  if (bom) m_buffer.append("\xEF\xBB\xBF");
}

void CsvWriter::appendField(std::string& out, std::string_view field, CsvMode mode) {
  if (mode == CsvMode::SpreadsheetSafe && looksLikeFormula(field)) {
    appendQuotedIfNeeded(out, neutralizeFormula(field));
  } else {
    appendQuotedIfNeeded(out, field);
  }
}

Status CsvWriter::writeRecord(const std::vector<std::string>& fields) {
  if (!m_failed) return m_failed;
  if (m_records == 0) m_width = fields.size();
  if (fields.size() != m_width) {
    return makeError("export.record-width", ErrorCode::Internal,
                     {std::to_string(m_records + 1), std::to_string(fields.size()), std::to_string(m_width)});
  }
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) m_buffer += ',';
    appendField(m_buffer, fields[i], m_mode);
  }
  m_buffer.append("\r\n");
  ++m_records;
  if (m_buffer.size() >= kFlushAt) return flush();
  return {};
}

Status CsvWriter::flush() {
  if (!m_failed) return m_failed;
  if (m_buffer.empty()) return {};
  m_failed = m_sink(m_buffer);
  m_buffer.clear();
  return m_failed;
}

std::string CsvWriter::format(const std::vector<std::string>& fields, CsvMode mode) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    appendField(out, fields[i], mode);
  }
  return out + "\r\n";
}

}  // namespace copydesk
