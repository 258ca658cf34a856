#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/common/result.h"

namespace copydesk {

// The kinds of trend file the importer recognises (docs/trends.md):
//  generic        date,keyword,value with an optional sku column, one row per keyword and date;
//  search-report  a shop's search-term report with a time grouping: one row per term and period,
//                 columns such as Day/Week/Month, Search query/Search term, Searches (Shopify's
//                 "Searches by search query" with a time column), others ignored;
//  google-trends  Google Trends' CSV export: optional "Category: …" lines, then a Week/Day/Month
//                 column and one column per term ("green tea: (Worldwide)"), values 0-100 or "<1".
enum class TrendFormat { Generic, SearchReport, GoogleTrends };

std::string_view trendFormatName(TrendFormat format);

// Where a header's columns are. A long table (generic, search report) has a keyword and a value
// column; a wide one (Google Trends) has a column per term after the date.
struct TrendLayout {
  TrendFormat format = TrendFormat::Generic;
  int dateColumn = -1;
  int keywordColumn = -1;
  int valueColumn = -1;
  int skuColumn = -1;
  std::vector<std::pair<int, std::string>> termColumns;  // column, term
};

// The layout of a header row; an error (with no place: the caller names FILE:LINE) when it is
// none of the above.
Result<TrendLayout> detectTrendLayout(const std::vector<std::string>& header);

// "green tea: (Worldwide)" → "green tea"; "龙井：(中国)" → "龙井"; other names as they are, trimmed.
std::string termOfColumn(std::string_view header);

}  // namespace copydesk
