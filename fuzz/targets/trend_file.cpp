// A keyword trend file as `trends import` and the Trends page read it (issue 13): the header's
// layout (generic, a shop's search-term report, Google Trends' export with its Category lines),
// every row's date and value, then the ranking and forecast of what came out.
//
// Input: one options byte, then the file's bytes.
//   bit 0     GB18030 instead of UTF-8
//   bits 1-5  the ranking's window in days (1-32)
//   bit 6     most falling first
//   bit 7     a minimum volume of 0.5 instead of 50
// Whatever is read must rank: values capped (trend_value.h) so growth is finite, windows in order,
// a forecast's interval around its value.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>

#include "core/trends/trend_file_reader.h"
#include "core/trends/trend_ranking.h"
#include "fuzz/support/input_parts.h"
#include "fuzz/support/scratch_dir.h"

using namespace copydesk;

namespace {

// The points as the store hands them to the ranking: per keyword, one sample a day, SKUs added up.
std::vector<KeywordSeries> seriesOf(const std::vector<TrendPoint>& points) {
  std::map<std::string, std::map<TrendDay, double>> byKeyword;
  for (const TrendPoint& p : points) byKeyword[p.keyword][p.day] += p.value;
  std::vector<KeywordSeries> all;
  for (const auto& [keyword, days] : byKeyword) {
    KeywordSeries series{keyword, {}};
    for (const auto& [day, value] : days) series.samples.push_back({day, value});
    all.push_back(std::move(series));
  }
  return all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::asText(data, size);
  const std::uint8_t bits = fuzz::takeOptions(text);
  const auto file = fuzz::writeScratch("trends.csv", text);
  auto read = readTrendFile(file, bits & 1 ? TextEncoding::Gb18030 : TextEncoding::Utf8, "trends.csv");
  if (!read) return 0;
  for (const TrendPoint& p : read->points) {
    if (p.keyword.empty() || !(p.value >= 0) || !std::isfinite(p.value)) std::abort();
  }
  TrendRankOptions options;
  options.windowDays = 1 + ((bits >> 1) & 31);
  options.falling = bits & 64;
  options.minVolume = bits & 128 ? 0.5 : 50;
  const auto series = seriesOf(read->points);
  auto ranking = rankTrends(series, options);
  if (!ranking) std::abort();
  if (ranking->previousStart > ranking->recentStart || ranking->recentStart > ranking->end) std::abort();
  for (const KeywordTrend& k : ranking->keywords) {
    if (!std::isfinite(k.growth) || !std::isfinite(k.volume)) std::abort();  // values are capped: sums stay finite
    if (!k.forecast) continue;
    const TrendForecast& f = *k.forecast;
    if (std::isfinite(f.high) && !(0 <= f.low && f.low <= f.value && f.value <= f.high)) std::abort();
  }
  return 0;
}
