#pragma once

#include <string>
#include <vector>

#include "core/trends/trend_date.h"

namespace copydesk {

// One value of a keyword's time series as a file gave it: searches (or sales, or an index) of
// `keyword` on `day`, for one product when the file names its SKU ("" otherwise).
struct TrendPoint {
  std::string keyword;
  std::string sku;
  TrendDay day = 0;
  double value = 0;
};

// One point of a keyword's series as the ranking sees it: every SKU's value of that day added up.
struct TrendSample {
  TrendDay day = 0;
  double value = 0;
};

// A keyword's series, oldest day first, one sample per day.
struct KeywordSeries {
  std::string keyword;
  std::vector<TrendSample> samples;
};

}  // namespace copydesk
