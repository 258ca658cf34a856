#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <string>

namespace copydesk::llm {

// A client-side limiter for one profile: requests/minute, tokens/minute and concurrency, adapted by
// the provider's x-ratelimit-* headers and 429s. Used from the network thread only.
class RateLimiter final {
 public:
  using Clock = std::chrono::steady_clock;
  RateLimiter(int requestsPerMinute, int tokensPerMinute, int maxConcurrency);

  // How long to wait before a request of `tokens` estimated tokens may start (zero: now).
  Clock::duration waitBefore(double tokens, Clock::time_point now) const;
  void started(double tokens, Clock::time_point now);
  void finished();                                       // one in-flight request ended (any outcome)

  // x-ratelimit-remaining-requests|tokens and x-ratelimit-reset-requests|tokens (lower-case keys).
  void observeHeaders(const std::map<std::string, std::string>& headers, Clock::time_point now);
  // A 429: nothing new starts before now + wait.
  void pauseUntil(Clock::time_point until);

  int inFlight() const { return m_inFlight; }

 private:
  void prune(Clock::time_point now) const;

  int m_rpm, m_tpm, m_maxConcurrency;
  int m_inFlight = 0;
  mutable std::deque<std::pair<Clock::time_point, double>> m_window;  // starts in the last minute
  Clock::time_point m_pausedUntil{};
};

}  // namespace copydesk::llm
