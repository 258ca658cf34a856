#include <catch2/catch.hpp>

#include "core/llm/rate_limiter.h"

using namespace copydesk::llm;
using namespace std::chrono_literals;

TEST_CASE("Rate limiter: requests per minute hold the next request until the window frees") {
  RateLimiter limiter(2, 0, 0);
  const auto t0 = RateLimiter::Clock::time_point{} + 1h;
  CHECK(limiter.waitBefore(10, t0) == RateLimiter::Clock::duration::zero());
  limiter.started(10, t0);
  limiter.started(10, t0 + 10s);
  CHECK(limiter.waitBefore(10, t0 + 20s) == 40s);   // the first start leaves the window at t0 + 60 s
  CHECK(limiter.waitBefore(10, t0 + 61s) == RateLimiter::Clock::duration::zero());
}

TEST_CASE("Rate limiter: tokens per minute and concurrency") {
  RateLimiter limiter(0, 1000, 1);
  const auto t0 = RateLimiter::Clock::time_point{} + 1h;
  limiter.started(800, t0);
  CHECK(limiter.waitBefore(100, t0) > RateLimiter::Clock::duration::zero());  // one in flight already
  limiter.finished();
  CHECK(limiter.waitBefore(100, t0 + 1s) == RateLimiter::Clock::duration::zero());
  CHECK(limiter.waitBefore(300, t0 + 1s) == 59s);  // 800 + 300 > 1000 until the 800 leave the window
}

TEST_CASE("Rate limiter: x-ratelimit headers and 429 pauses") {
  RateLimiter limiter(0, 0, 0);
  const auto t0 = RateLimiter::Clock::time_point{} + 1h;
  limiter.observeHeaders({{"x-ratelimit-remaining-requests", "5"}, {"x-ratelimit-reset-requests", "10s"}}, t0);
  CHECK(limiter.waitBefore(1, t0) == RateLimiter::Clock::duration::zero());
  limiter.observeHeaders({{"x-ratelimit-remaining-tokens", "0"}, {"x-ratelimit-reset-tokens", "1m30s"}}, t0);
  CHECK(limiter.waitBefore(1, t0) == 60s);  // capped at a minute
  limiter.pauseUntil(t0 + 2min);
  CHECK(limiter.waitBefore(1, t0 + 1min) == 60s);
}
