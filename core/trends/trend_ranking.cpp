#include "core/trends/trend_ranking.h"

#include <algorithm>
#include <string>

#include "core/common/error_id.h"
#include "core/trends/trend_store.h"

namespace copydesk {
namespace {

// The points a forecast is fitted to: the keyword's days in both windows. A daily series gets a
// 0 for each day without a row (a shop's report leaves out the days nobody searched for it);
// weeks and months come with every period, and their dates need not fall on a grid.
std::vector<TrendSample> fittingPoints(const std::vector<TrendSample>& history, int step, const TrendRanking& r) {
  if (step != 1) return history;
  std::vector<TrendSample> daily;
  auto it = history.begin();
  for (TrendDay day = r.previousStart; day <= r.end; ++day) {
    double value = 0;
    if (it != history.end() && it->day == day) value = (it++)->value;
    daily.push_back({day, value});
  }
  return daily;
}

KeywordTrend measure(const KeywordSeries& series, const TrendRanking& r, const TrendRankOptions& options) {
  KeywordTrend trend;
  trend.keyword = series.keyword;
  for (const TrendSample& sample : series.samples) {
    if (sample.day < r.previousStart || sample.day > r.end) continue;
    (sample.day >= r.recentStart ? trend.volume : trend.previousVolume) += sample.value;
    trend.history.push_back(sample);
  }
  trend.growth = (trend.volume - trend.previousVolume) / std::max(trend.previousVolume, options.minVolume);
  const int step = typicalStep(series.samples);
  const std::vector<TrendSample> points = fittingPoints(trend.history, step, r);
  trend.forecast = forecastNext(points, step);
  return trend;
}

}  // namespace

Status checkRankOptions(const TrendRankOptions& options) {
  if (options.windowDays < 1) return makeError("trends.bad-window", ErrorCode::InvalidInput, {std::to_string(options.windowDays)});
  if (!(options.minVolume > 0)) return makeError("trends.bad-min-volume", ErrorCode::InvalidInput);
  return {};
}

Result<TrendRanking> rankTrends(std::span<const KeywordSeries> series, const TrendRankOptions& options) {
  if (auto ok = checkRankOptions(options); !ok) return ok.error();
  TrendRanking ranking;
  bool any = false;
  for (const KeywordSeries& s : series) {
    if (s.samples.empty()) continue;
    ranking.end = any ? std::max(ranking.end, s.samples.back().day) : s.samples.back().day;
    any = true;
  }
  if (!any) return ranking;
  ranking.recentStart = ranking.end - options.windowDays + 1;
  ranking.previousStart = ranking.recentStart - options.windowDays;
  for (const KeywordSeries& s : series) {
    KeywordTrend trend = measure(s, ranking, options);
    if (std::max(trend.volume, trend.previousVolume) < options.minVolume) {
      ++ranking.belowMinimum;
      continue;
    }
    ranking.keywords.push_back(std::move(trend));
  }
  // Ties: the bigger keyword first (this window's volume rising, the last one's falling), then by name.
  std::sort(ranking.keywords.begin(), ranking.keywords.end(), [&](const KeywordTrend& a, const KeywordTrend& b) {
    if (a.growth != b.growth) return options.falling ? a.growth < b.growth : a.growth > b.growth;
    const double sizeA = options.falling ? a.previousVolume : a.volume;
    const double sizeB = options.falling ? b.previousVolume : b.volume;
    if (sizeA != sizeB) return sizeA > sizeB;
    return a.keyword < b.keyword;
  });
  return ranking;
}

Result<TrendRanking> rankStoredTrends(Database& db, const TrendRankOptions& options) {
  if (auto ok = checkRankOptions(options); !ok) return ok.error();
  auto series = TrendStore(db).series();
  if (!series) return series.error();
  return rankTrends(*series, options);
}

}  // namespace copydesk
