#include "core/trends/trend_value.h"

#include <charconv>
#include <cmath>
#include <string>

namespace copydesk {

std::optional<double> parseTrendValue(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text == "<1") return 0.5;  // Google Trends: above zero, below one on its 0-100 scale
  std::string digits;
  for (char c : text) {
    if (c == ',' || c == ' ' || c == '_') continue;  // thousands separators
    digits += c;
  }
  if (digits.empty()) return std::nullopt;
  double value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value)) return std::nullopt;
  // No count of searches or sales comes near this; sums of such values stay finite, so growth is a number.
  if (std::fabs(value) > kMaxTrendValue) return std::nullopt;
  return value;
}

}  // namespace copydesk
