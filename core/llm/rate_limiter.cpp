#include "core/llm/rate_limiter.h"

#include <algorithm>
#include <numeric>

#include "core/llm/retry_policy.h"

namespace copydesk::llm {

namespace {
constexpr auto kWindow = std::chrono::minutes(1);

std::optional<long long> number(const std::map<std::string, std::string>& headers, const std::string& key) {
  const auto it = headers.find(key);
  if (it == headers.end()) return std::nullopt;
  try {
    return std::stoll(it->second);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}
}  // namespace

RateLimiter::RateLimiter(int requestsPerMinute, int tokensPerMinute, int maxConcurrency)
    : m_rpm(requestsPerMinute), m_tpm(tokensPerMinute), m_maxConcurrency(maxConcurrency) {}

void RateLimiter::prune(Clock::time_point now) const {
  while (!m_window.empty() && m_window.front().first + kWindow <= now) m_window.pop_front();
}

RateLimiter::Clock::duration RateLimiter::waitBefore(double tokens, Clock::time_point now) const {
  prune(now);
  Clock::duration wait = m_pausedUntil > now ? m_pausedUntil - now : Clock::duration::zero();
  if (m_maxConcurrency > 0 && m_inFlight >= m_maxConcurrency) {
    // finished() frees a slot; poll again soon rather than guess when.
    wait = std::max<Clock::duration>(wait, std::chrono::milliseconds(20));
  }
  if (m_rpm > 0 && static_cast<int>(m_window.size()) >= m_rpm) {
    const auto& oldest = m_window[m_window.size() - static_cast<std::size_t>(m_rpm)];
    wait = std::max<Clock::duration>(wait, oldest.first + kWindow - now);
  }
  if (m_tpm > 0 && !m_window.empty()) {
    double used = std::accumulate(m_window.begin(), m_window.end(), 0.0,
                                  [](double sum, const auto& entry) { return sum + entry.second; });
    // Free the oldest entries until this request fits (a request larger than the whole budget
    // waits for an empty window instead of forever).
    for (const auto& entry : m_window) {
      if (used + tokens <= m_tpm) break;
      used -= entry.second;
      wait = std::max<Clock::duration>(wait, entry.first + kWindow - now);
    }
  }
  return wait;
}

void RateLimiter::started(double tokens, Clock::time_point now) {
  prune(now);
  m_window.emplace_back(now, tokens);
  ++m_inFlight;
}

void RateLimiter::finished() { m_inFlight = std::max(0, m_inFlight - 1); }

void RateLimiter::observeHeaders(const std::map<std::string, std::string>& headers, Clock::time_point now) {
  // When the provider says a budget is spent, hold new requests until its reset time.
  for (const char* kind : {"requests", "tokens"}) {
    const auto remaining = number(headers, std::string("x-ratelimit-remaining-") + kind);
    if (!remaining || *remaining > 0) continue;
    const auto reset = headers.find(std::string("x-ratelimit-reset-") + kind);
    if (reset == headers.end()) continue;
    if (const auto ms = parseResetDurationMs(reset->second)) {
      pauseUntil(now + std::chrono::milliseconds(std::min<std::int64_t>(*ms, 60000)));
    }
  }
}

void RateLimiter::pauseUntil(Clock::time_point until) { m_pausedUntil = std::max(m_pausedUntil, until); }

}  // namespace copydesk::llm
