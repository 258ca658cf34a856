#include "core/trends/trend_layout.h"

#include <algorithm>
#include <array>

#include "core/common/error_id.h"

namespace copydesk {
namespace {

// Header names as the importer compares them: ASCII lower case, '_' and '-' as spaces, spaces
// collapsed and trimmed. Chinese names are compared as they are.
std::string normalised(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '_' || c == '-' || c == '\t') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

constexpr std::array kDateNames = {"date", "day", "week", "month", "time", "period", "日期", "日", "天",
                                   "周", "月", "时间", "week of", "day of", "month of"};
constexpr std::array kKeywordNames = {"keyword", "keywords", "search term", "search terms", "search query",
                                      "query", "term", "search", "关键词", "关键字", "搜索词", "搜索关键词"};
constexpr std::array kValueNames = {"value", "searches", "total searches", "search count", "count", "volume",
                                    "search volume", "sales", "units", "units sold", "quantity", "sessions",
                                    "搜索次数", "搜索量", "次数", "数值", "销量", "值"};
constexpr std::array kSkuNames = {"sku", "product sku", "variant sku", "货号", "编码", "商品编码"};

template <std::size_t N>
int findColumn(const std::vector<std::string>& names, const std::array<const char*, N>& wanted) {
  // The first column matching the earliest name: "searches" wins over a later "sessions".
  for (const char* name : wanted) {
    const auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end()) return static_cast<int>(it - names.begin());
  }
  return -1;
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

Result<TrendLayout> longLayout(const std::vector<std::string>& names, int date, int keyword) {
  TrendLayout layout;
  layout.dateColumn = date;
  layout.keywordColumn = keyword;
  layout.valueColumn = findColumn(names, kValueNames);
  layout.skuColumn = findColumn(names, kSkuNames);
  if (layout.valueColumn < 0) return makeError("trends.no-value-column", ErrorCode::InvalidInput);
  const bool plain = names[static_cast<std::size_t>(keyword)] == "keyword" &&
                     names[static_cast<std::size_t>(layout.valueColumn)] == "value";
  layout.format = plain ? TrendFormat::Generic : TrendFormat::SearchReport;
  return layout;
}

}  // namespace

std::string_view trendFormatName(TrendFormat format) {
  switch (format) {
    case TrendFormat::Generic: return "generic";
    case TrendFormat::SearchReport: return "search-report";
    case TrendFormat::GoogleTrends: return "google-trends";
  }
  return "generic";
}

std::string termOfColumn(std::string_view header) {
  std::string_view term = trimmed(header);
  // Google Trends appends the region: "tea: (Worldwide)", "茶：(中国)", "tea: (United States)".
  for (std::string_view open : {std::string_view("("), std::string_view("（")}) {
    const auto at = term.rfind(open);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view close = open == "(" ? ")" : "）";
    if (term.substr(term.size() - std::min(term.size(), close.size())) != close) continue;
    std::string_view before = trimmed(term.substr(0, at));
    if (before.size() >= 1 && before.back() == ':') before.remove_suffix(1);
    else if (before.size() >= 3 && before.substr(before.size() - 3) == "：") before.remove_suffix(3);
    else continue;  // "Tea (loose)" without the colon is a name, not a name and a region
    term = trimmed(before);
    break;
  }
  return std::string(term);
}

Result<TrendLayout> detectTrendLayout(const std::vector<std::string>& header) {
  std::vector<std::string> names;
  names.reserve(header.size());
  for (const std::string& column : header) names.push_back(normalised(column));
  const int date = findColumn(names, kDateNames);
  const int keyword = findColumn(names, kKeywordNames);
  if (date < 0) return makeError("trends.no-date-column", ErrorCode::InvalidInput);
  if (keyword >= 0) return longLayout(names, date, keyword);
  // No keyword column: a wide table, one term per column after the date (Google Trends).
  TrendLayout layout;
  layout.format = TrendFormat::GoogleTrends;
  layout.dateColumn = date;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (static_cast<int>(i) == date) continue;
    std::string term = termOfColumn(header[i]);
    if (!term.empty()) layout.termColumns.emplace_back(static_cast<int>(i), std::move(term));
  }
  if (layout.termColumns.empty()) return makeError("trends.no-keyword-column", ErrorCode::InvalidInput);
  return layout;
}

}  // namespace copydesk
