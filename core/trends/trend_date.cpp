#include "core/trends/trend_date.h"

#include <cstdio>

namespace copydesk {
namespace {

bool isLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned daysInMonth(int year, unsigned month) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
}

// A cursor over the date text: digits and separators, nothing else.
struct DateCursor {
  std::string_view text;
  std::size_t at = 0;

  // Up to `maxWidth` digits (at least one); their width in `width`.
  std::optional<int> number(int maxWidth, int& width) {
    int value = 0;
    width = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9' && width < maxWidth) {
      value = value * 10 + (text[at++] - '0');
      ++width;
    }
    if (width == 0) return std::nullopt;
    return value;
  }
  bool skip(std::string_view token) {
    if (text.substr(at, token.size()) != token) return false;
    at += token.size();
    return true;
  }
  bool separator() { return skip("-") || skip("/") || skip(".") || skip("年") || skip("月"); }
  // What may follow a date: nothing, the closing 日, or a time ("T10:00", " 00:00:00").
  bool restIsTime() {
    skip("日");
    return at == text.size() || text[at] == 'T' || text[at] == ' ';
  }
};

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

TrendDay dayFromCivil(int year, unsigned month, unsigned dayOfMonth) {
  year -= month <= 2;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(year - era * 400);
  const unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + dayOfMonth - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

std::optional<TrendDay> parseTrendDate(std::string_view text) {
  DateCursor cursor{trimmed(text)};
  int width = 0;
  const auto year = cursor.number(4, width);
  if (!year || width != 4 || !cursor.separator()) return std::nullopt;  // the year first, always
  const auto month = cursor.number(2, width);
  if (!month) return std::nullopt;
  int day = 1;  // a month alone stands for its first day
  if (cursor.separator() && cursor.at < cursor.text.size()) {
    const auto dayOfMonth = cursor.number(2, width);
    if (!dayOfMonth) return std::nullopt;
    day = *dayOfMonth;
  }
  if (!cursor.restIsTime()) return std::nullopt;
  if (*year < 1900 || *month < 1 || *month > 12) return std::nullopt;
  if (day < 1 || static_cast<unsigned>(day) > daysInMonth(*year, static_cast<unsigned>(*month))) return std::nullopt;
  return dayFromCivil(*year, static_cast<unsigned>(*month), static_cast<unsigned>(day));
}

std::string formatTrendDate(TrendDay day) {
  // Hinnant's civil_from_days.
  const int z = day + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int y = static_cast<int>(yoe) + era * 400 + (m <= 2);
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", y, m, d);
  return out;
}

}  // namespace copydesk
