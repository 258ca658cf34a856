#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/trends/trend_forecast.h"
#include "core/trends/trend_point.h"

namespace copydesk {

struct TrendRankOptions {
  int windowDays = 28;     // the recent window; the previous one is as long, right before it
  double minVolume = 50;   // keywords below it in both windows are left out; it also floors the denominator
  bool falling = false;    // most falling first instead of most rising
};

// How one keyword moved (docs/trends.md, "How keywords are ranked"):
//   volume = the recent window's values added up (the N days up to the newest day of all the data),
//   previous = the same for the N days before them (a day with no row counts as 0),
//   growth = (volume − previous) / max(previous, minimum volume).
// The floor keeps small numbers from topping the list: 1 → 3 is +200% but, with a minimum volume
// of 50, a growth of 0.04 (and it is left out anyway, being under 50 in both windows).
struct KeywordTrend {
  std::string keyword;
  double growth = 0;
  double volume = 0;
  double previousVolume = 0;
  std::vector<TrendSample> history;       // the keyword's days in both windows
  std::optional<TrendForecast> forecast;  // the period after its last day, from `history`
};

struct TrendRanking {
  TrendDay end = 0;          // the newest day of all the data: the recent window's last day
  TrendDay recentStart = 0;  // its first day
  TrendDay previousStart = 0;
  std::vector<KeywordTrend> keywords;  // by growth: most rising (or most falling) first
  std::size_t belowMinimum = 0;        // keywords left out for their volume
};

// The options' own errors (a window under 1 day, a minimum volume not above 0) are InvalidInput.
Status checkRankOptions(const TrendRankOptions& options);
Result<TrendRanking> rankTrends(std::span<const KeywordSeries> series, const TrendRankOptions& options);
// The same over the store's series (TrendStore).
Result<TrendRanking> rankStoredTrends(Database& db, const TrendRankOptions& options);

}  // namespace copydesk
