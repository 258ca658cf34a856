#include "core/trends/trend_file_reader.h"

#include <map>
#include <tuple>

#include "core/catalog/csv_reader.h"
#include "core/catalog/text_decoder.h"
#include "core/common/error_id.h"
#include "core/trends/trend_value.h"

namespace copydesk {
namespace {

using PointKey = std::tuple<std::string, std::string, TrendDay>;  // keyword, SKU, day

std::string trimmedText(const std::string& text) {
  const auto begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

const std::string& field(const CsvRecord& record, int column) {
  static const std::string kEmpty;
  return column >= 0 && static_cast<std::size_t>(column) < record.fields.size() ? record.fields[static_cast<std::size_t>(column)]
                                                                                : kEmpty;
}

// Reads rows of one layout into points, adding up rows of the same keyword, SKU and day.
class TrendRows final {
 public:
  TrendRows(const TextDecoder& file, TrendLayout layout) : m_file(file), m_layout(std::move(layout)) {}

  Status add(const CsvRecord& record) {
    auto day = dateOf(record);
    if (!day) return day.error();
    if (m_layout.format == TrendFormat::GoogleTrends) return addWide(record, *day);
    const std::string keyword = trimmedText(field(record, m_layout.keywordColumn));
    if (keyword.empty()) return m_file.errorAt(record.line, "trends.row-without-keyword");
    const std::string& text = field(record, m_layout.valueColumn);
    if (trimmedText(text).empty()) return m_file.errorAt(record.line, "trends.row-without-value", {keyword});
    auto value = valueOf(record, text);
    if (!value) return value.error();
    m_points[{keyword, trimmedText(field(record, m_layout.skuColumn)), *day}] += *value;
    return {};
  }

  std::vector<TrendPoint> points() const {
    std::vector<TrendPoint> out;
    out.reserve(m_points.size());
    for (const auto& [key, value] : m_points) out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), value});
    return out;
  }

 private:
  Result<TrendDay> dateOf(const CsvRecord& record) const {
    const std::string text = trimmedText(field(record, m_layout.dateColumn));
    if (text.empty()) return m_file.errorAt(record.line, "trends.row-without-date");
    const auto day = parseTrendDate(text);
    if (!day) return m_file.errorAt(record.line, "trends.bad-date", {text});
    return *day;
  }

  Result<double> valueOf(const CsvRecord& record, const std::string& text) const {
    const auto value = parseTrendValue(text);
    if (!value) return m_file.errorAt(record.line, "trends.bad-value", {trimmedText(text)});
    if (*value < 0) return m_file.errorAt(record.line, "trends.negative-value", {trimmedText(text)});
    return *value;
  }

  Status addWide(const CsvRecord& record, TrendDay day) {
    for (const auto& [column, term] : m_layout.termColumns) {
      const std::string& text = field(record, column);
      if (trimmedText(text).empty()) continue;  // no data for this term yet
      auto value = valueOf(record, text);
      if (!value) return value.error();
      m_points[{term, std::string(), day}] += *value;
    }
    return {};
  }

  const TextDecoder& m_file;
  TrendLayout m_layout;
  std::map<PointKey, double> m_points;
};

// Google Trends puts "Category: All categories" and a blank line above the header: records of
// one field before the first of several are such lines, not the header.
bool isPreamble(const CsvRecord& record) { return record.fields.size() <= 1; }

// The delimiter of the first line that has one: a preamble line has none, and would make ','
// win by default where the header is written with ';' or TAB.
char delimiterOf(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    if (line.find_first_of(",;\t") != std::string_view::npos) return detectCsvDelimiter(line);
    start = end + 1;
  }
  return ',';
}

}  // namespace

Result<TrendFile> readTrendFile(const std::filesystem::path& path, TextEncoding encoding, std::string label) {
  if (label.empty()) label = path.string();
  auto decoder = TextDecoder::open(path, encoding, label);
  if (!decoder) return decoder.error();
  TextDecoder& file = **decoder;
  std::string head;  // enough text to see the header line's delimiter
  while (head.size() < 64 * 1024 && head.find_first_of(",;\t") == std::string::npos) {
    auto more = file.read(head);
    if (!more) return more.error();
    if (!*more) break;
  }
  CsvReader reader(file, head);
  reader.setDelimiter(delimiterOf(head));
  CsvRecord record;
  std::optional<TrendRows> rows;
  TrendFile out;
  while (true) {
    auto more = reader.next(record);
    if (!more) return more.error();
    if (!*more) break;
    if (!rows) {
      if (isPreamble(record)) continue;
      auto layout = detectTrendLayout(record.fields);
      if (!layout) {
        Error error = layout.error();
        error.where = label + ":" + std::to_string(record.line);
        return error;
      }
      out.format = layout->format;
      rows.emplace(file, std::move(*layout));
      continue;
    }
    ++out.rows;
    if (auto added = rows->add(record); !added) return added.error();
  }
  if (!rows) return file.error("trends.file-empty");
  if (out.rows == 0) return file.error("trends.no-rows");
  out.points = rows->points();
  return out;
}

}  // namespace copydesk
