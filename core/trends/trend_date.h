#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace copydesk {

// A calendar day as a count of days since 1970-01-01, so that windows are plain subtraction.
using TrendDay = int;

// "2024-03-07", "2024/3/7", "2024.03.07", "2024-03-07T10:00:00Z", "2024-03-07 00:00", "2024年3月7日",
// and a month alone ("2024-03", Google Trends' monthly export) as its first day. Day-first and
// month-first forms ("07/03/2024") are refused: which one a file means cannot be told.
std::optional<TrendDay> parseTrendDate(std::string_view text);

// "2024-03-07".
std::string formatTrendDate(TrendDay day);

// The day of a proleptic Gregorian date (Howard Hinnant's days_from_civil); no range check.
TrendDay dayFromCivil(int year, unsigned month, unsigned dayOfMonth);

}  // namespace copydesk
