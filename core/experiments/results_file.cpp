#include "core/experiments/results_file.h"

#include <charconv>
#include <map>

#include "core/catalog/csv_cells.h"
#include "core/catalog/csv_reader.h"
#include "core/catalog/text_decoder.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

// Where each known column is in the header (-1: absent).
struct Columns {
  int draftId = -1, sku = -1, variant = -1, impressions = -1, clicks = -1, conversions = -1, revenue = -1;
};

Result<Columns> findColumns(const std::vector<std::string>& header, const TextDecoder& file) {
  Columns c;
  const std::map<std::string, int Columns::*> names = {
      {"draft_id", &Columns::draftId},       {"sku", &Columns::sku},
      {"variant", &Columns::variant},        {"variant_id", &Columns::variant},
      {"impressions", &Columns::impressions}, {"clicks", &Columns::clicks},
      {"conversions", &Columns::conversions}, {"revenue", &Columns::revenue}};
  for (int i = 0; i < static_cast<int>(header.size()); ++i) {
    auto known = names.find(csvColumnName(header[i]));
    if (known != names.end() && c.*(known->second) < 0) c.*(known->second) = i;
  }
  if (c.draftId < 0 && (c.sku < 0 || c.variant < 0)) return file.errorAt(1, "experiment.results.no-key-column");
  for (const auto& [name, column] : {std::pair{"impressions", c.impressions}, std::pair{"clicks", c.clicks},
                                     std::pair{"conversions", c.conversions}}) {
    if (column < 0) return file.errorAt(1, "experiment.results.missing-column", {name});
  }
  return c;
}

std::optional<std::int64_t> count(const std::string& text) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [stop, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || stop != end || value < 0) return std::nullopt;
  return value;
}

std::optional<double> number(const std::string& text) {
  double value = 0;
  const char* end = text.data() + text.size();
  auto [stop, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || stop != end) return std::nullopt;
  return value;
}

// The row's values, or the first thing wrong with it.
Result<ResultsRow> readRow(const CsvRecord& record, const Columns& c, const TextDecoder& file) {
  ResultsRow row;
  row.line = record.line;
  const std::string draftId = csvCell(record, c.draftId);
  row.sku = csvCell(record, c.sku);
  row.variant = csvCell(record, c.variant);
  if (!draftId.empty()) {
    const auto id = count(draftId);
    if (!id || *id == 0) return file.errorAt(record.line, "experiment.results.bad-draft-id", {draftId});
    row.draftId = *id;
  } else if (row.sku.empty() || row.variant.empty()) {
    return file.errorAt(record.line, "experiment.results.row-without-key");
  }
  for (const auto& [name, column, target] :
       {std::tuple{"impressions", c.impressions, &row.impressions}, std::tuple{"clicks", c.clicks, &row.clicks},
        std::tuple{"conversions", c.conversions, &row.conversions}}) {
    const std::string text = csvCell(record, column);
    const auto value = count(text);
    if (!value) return file.errorAt(record.line, "experiment.results.not-a-count", {name, text});
    *target = *value;
  }
  if (row.clicks > row.impressions) {
    return file.errorAt(record.line, "experiment.results.clicks-above-impressions",
                        {std::to_string(row.clicks), std::to_string(row.impressions)});
  }
  if (row.conversions > row.impressions) {
    return file.errorAt(record.line, "experiment.results.conversions-above-impressions",
                        {std::to_string(row.conversions), std::to_string(row.impressions)});
  }
  if (const std::string revenue = csvCell(record, c.revenue); !revenue.empty()) {
    row.revenue = number(revenue);
    if (!row.revenue) return file.errorAt(record.line, "experiment.results.bad-revenue", {revenue});
  }
  return row;
}

}  // namespace

Result<ResultsFile> readResultsFile(const std::filesystem::path& path, std::string label) {
  auto file = TextDecoder::open(path, TextEncoding::Utf8, label.empty() ? path.string() : std::move(label));
  if (!file) return file.error();
  CsvReader reader(**file);
  CsvRecord record;
  auto header = reader.next(record);
  if (!header) return header.error();
  if (!*header) return (*file)->error("experiment.results.file-empty");
  auto columns = findColumns(record.fields, **file);
  if (!columns) return columns.error();
  ResultsFile results;
  for (;;) {
    auto got = reader.next(record);
    if (!got) return got.error();
    if (!*got) break;
    auto row = readRow(record, *columns, **file);
    if (row) results.rows.push_back(std::move(*row));
    else results.rowErrors.push_back(row.error());
  }
  if (results.rows.empty() && results.rowErrors.empty()) return (*file)->error("experiment.results.no-rows");
  return results;
}

}  // namespace copydesk
