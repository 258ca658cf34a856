#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <random>
#include <string_view>

namespace copydesk::llm {

// When and how long to wait before trying a request again.
struct RetryPolicy {
  int maxAttempts = 5;              // including the first
  int baseDelayMs = 500;            // first backoff; doubles per attempt
  int maxDelayMs = 8000;
  double jitter = 0.25;             // ±25 %
  int retryAfterCapMs = 60000;      // a Retry-After longer than this is cut down to it
  int totalDeadlineMs = 600000;     // all attempts and waits of one request together

  // 408, 409, 429, 5xx (529 included).
  static bool isRetryableStatus(long httpStatus);
  // Exponential backoff with jitter for the wait after attempt number `attempt` (1-based).
  int backoffMs(int attempt, std::mt19937_64& random) const;
  // The wait after a failed attempt: Retry-After (capped) when given, else backoffMs().
  int delayMs(int attempt, std::optional<int> retryAfterMs, std::mt19937_64& random) const;
};

// "12" (seconds, fractions allowed) or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT", also the
// RFC 850 and asctime forms; curl_getdate) → milliseconds from `now`; nullopt when unreadable. A
// date in the past gives 0.
std::optional<int> parseRetryAfterMs(std::string_view value,
                                     std::chrono::system_clock::time_point now = std::chrono::system_clock::now());
// x-should-retry: "true" / "false" → the provider's own verdict, else nullopt.
std::optional<bool> parseShouldRetry(std::string_view value);
// OpenAI reset durations: "1s", "6m0s", "250ms", "1h2m3.5s" → milliseconds.
std::optional<std::int64_t> parseResetDurationMs(std::string_view value);

}  // namespace copydesk::llm
