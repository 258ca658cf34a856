#pragma once

#include <optional>
#include <string_view>

namespace copydesk {

// A count of searches or sales, or an index: "120", "1,234" and "1 234" (thousands grouped),
// "12.5", and Google Trends' "<1" (a share too small to show, read as 0.5).
// Negative numbers are read (the importer refuses them in words); empty text and anything else
// are no value.
// Numbers beyond kMaxTrendValue are no value either.
inline constexpr double kMaxTrendValue = 1e15;
std::optional<double> parseTrendValue(std::string_view text);

}  // namespace copydesk
