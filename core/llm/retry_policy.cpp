#include "core/llm/retry_policy.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include <curl/curl.h>

namespace copydesk::llm {

bool RetryPolicy::isRetryableStatus(long httpStatus) {
  return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
}

int RetryPolicy::backoffMs(int attempt, std::mt19937_64& random) const {
  const int exponent = std::clamp(attempt - 1, 0, 30);
  const double raw = std::min(static_cast<double>(maxDelayMs), baseDelayMs * std::pow(2.0, exponent));
  std::uniform_real_distribution<double> spread(1.0 - jitter, 1.0 + jitter);
  return std::max(0, static_cast<int>(raw * spread(random)));
}

int RetryPolicy::delayMs(int attempt, std::optional<int> retryAfterMs, std::mt19937_64& random) const {
  if (retryAfterMs) return std::clamp(*retryAfterMs, 0, retryAfterCapMs);
  return backoffMs(attempt, random);
}

std::optional<int> parseRetryAfterMs(std::string_view value, std::chrono::system_clock::time_point now) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front()))) value.remove_prefix(1);
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) value.remove_suffix(1);
  if (value.empty()) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(value.front()))) {
    try {
      std::size_t used = 0;
      const double seconds = std::stod(std::string(value), &used);
      if (used != value.size() || seconds < 0) return std::nullopt;
      return static_cast<int>(std::min(seconds * 1000.0, 1e9));
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  // An HTTP date in any of the three forms RFC 9110 allows (IMF-fixdate, RFC 850, asctime),
  // read by the same parser curl uses for cookies and If-Modified-Since.
  const std::string text(value);
  const time_t parsed = curl_getdate(text.c_str(), nullptr);
  if (parsed == -1) return std::nullopt;
  const auto when = std::chrono::system_clock::from_time_t(parsed);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(when - now).count();
  return static_cast<int>(std::clamp<long long>(ms, 0, 1000000000));
}

std::optional<bool> parseShouldRetry(std::string_view value) {
  if (value == "true" || value == "True" || value == "TRUE") return true;
  if (value == "false" || value == "False" || value == "FALSE") return false;
  return std::nullopt;
}

std::optional<std::int64_t> parseResetDurationMs(std::string_view value) {
  double total = 0;
  bool any = false;
  std::size_t i = 0;
  while (i < value.size()) {
    std::size_t start = i;
    while (i < value.size() && (std::isdigit(static_cast<unsigned char>(value[i])) || value[i] == '.')) ++i;
    if (start == i) return std::nullopt;
    double number = 0;
    try {
      number = std::stod(std::string(value.substr(start, i - start)));
    } catch (const std::exception&) {
      return std::nullopt;
    }
    std::size_t unitStart = i;
    while (i < value.size() && std::isalpha(static_cast<unsigned char>(value[i]))) ++i;
    const std::string_view unit = value.substr(unitStart, i - unitStart);
    if (unit == "ms") total += number;
    else if (unit == "s" || unit.empty()) total += number * 1000;
    else if (unit == "m") total += number * 60000;
    else if (unit == "h") total += number * 3600000;
    else return std::nullopt;
    any = true;
  }
  if (!any) return std::nullopt;
  return static_cast<std::int64_t>(total);
}

}  // namespace copydesk::llm
