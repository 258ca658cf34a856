#include "core/trends/trend_importer.h"

#include <algorithm>
#include <set>

#include "core/trends/trend_file_reader.h"
#include "core/trends/trend_store.h"

namespace copydesk {

Result<TrendImportSummary> importTrends(Database& db, const std::filesystem::path& path, TextEncoding encoding,
                                        std::string label) {
  auto file = readTrendFile(path, encoding, std::move(label));
  if (!file) return file.error();
  if (auto saved = TrendStore(db).put(file->points, trendFormatName(file->format)); !saved) return saved.error();
  TrendImportSummary summary;
  summary.format = file->format;
  summary.rows = file->rows;
  summary.points = static_cast<std::int64_t>(file->points.size());
  std::set<std::string> keywords;
  for (const TrendPoint& point : file->points) keywords.insert(point.keyword);
  summary.keywords = static_cast<std::int64_t>(keywords.size());
  if (!file->points.empty()) {
    const auto [oldest, newest] = std::minmax_element(file->points.begin(), file->points.end(),
                                                      [](const TrendPoint& a, const TrendPoint& b) { return a.day < b.day; });
    summary.first = oldest->day;
    summary.last = newest->day;
  }
  return summary;
}

std::string describeTrendImport(const TrendImportSummary& summary, const std::string& fileName) {
  return "imported " + std::to_string(summary.points) + (summary.points == 1 ? " point" : " points") + " of " +
         std::to_string(summary.keywords) + (summary.keywords == 1 ? " keyword" : " keywords") + " (" +
         formatTrendDate(summary.first) + " to " + formatTrendDate(summary.last) + ") from " + fileName + " as " +
         std::string(trendFormatName(summary.format));
}

}  // namespace copydesk
