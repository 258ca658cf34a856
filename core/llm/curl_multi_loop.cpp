#include "core/llm/curl_multi_loop.h"

#include <algorithm>

#include "core/llm/chat_error.h"

namespace copydesk::llm {

namespace {
// curl_multi_poll wakes at least this often, so cancels, stalls and timers are never late by more.
constexpr auto kMaxPoll = std::chrono::milliseconds(50);
// Below this many transfers in flight every chunk is handed on at once (a single CLI stream).
constexpr std::size_t kCoalesceFrom = 8;
}  // namespace

CurlMultiLoop::CurlMultiLoop(RetryPolicy retry, bool useRateLimiter, int coalesceMs)
    : m_retry(retry), m_useRateLimiter(useRateLimiter), m_coalesceMs(coalesceMs) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  m_multi = curl_multi_init();
  // HTTP/2 providers carry many streams over one connection; HTTP/1.1 ones reuse connections.
  curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
  curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, 256L);
  m_thread = std::thread([this] { run(); });
}

CurlMultiLoop::~CurlMultiLoop() {
  m_stopping = true;
  curl_multi_wakeup(m_multi);
  m_thread.join();
  curl_multi_cleanup(m_multi);
}

void CurlMultiLoop::submit(std::unique_ptr<ChatCall> call) {
  ++m_inFlight;
  {
    std::lock_guard lock(m_mutex);
    m_incoming.push_back(std::move(call));
  }
  curl_multi_wakeup(m_multi);
}

void CurlMultiLoop::cancel(std::uint64_t id) {
  {
    std::lock_guard lock(m_mutex);
    m_cancelled.insert(id);
  }
  curl_multi_wakeup(m_multi);
}

void CurlMultiLoop::cancelAll() {
  {
    std::lock_guard lock(m_mutex);
    m_cancelAll = true;
  }
  curl_multi_wakeup(m_multi);
}

void CurlMultiLoop::run() {
  while (true) {
    takeIncoming();
    if (m_stopping && m_slots.empty()) break;
    const auto now = Clock::now();
    Clock::duration nextWake = kMaxPoll;
    startDue(now, nextWake);
    int running = 0;
    curl_multi_perform(m_multi, &running);
    collectFinished();
    checkStalls(Clock::now());
    for (auto id : m_done) m_slots.erase(id);
    m_done.clear();
    const auto waitMs = std::clamp<long long>(
        std::chrono::duration_cast<std::chrono::milliseconds>(nextWake).count(), 0, kMaxPoll.count());
    int ready = 0;
    curl_multi_poll(m_multi, nullptr, 0, static_cast<int>(waitMs), &ready);
    // With many streams, a wake-up per arriving chunk means a poll() over every socket per chunk.
    // A short pause after activity lets one pass read the chunks of many streams instead.
    if (ready > 0 && m_coalesceMs > 0 && m_active.size() >= kCoalesceFrom) {
      std::this_thread::sleep_for(std::chrono::milliseconds(m_coalesceMs));
    }
  }
}

// New requests join; cancelled ones (and everything, when stopping) end with Cancelled.
void CurlMultiLoop::takeIncoming() {
  std::vector<std::unique_ptr<ChatCall>> incoming;
  std::set<std::uint64_t> cancelled;
  bool all = false;
  {
    std::lock_guard lock(m_mutex);
    incoming.swap(m_incoming);
    cancelled.swap(m_cancelled);
    all = m_cancelAll || m_stopping;
    m_cancelAll = false;
  }
  const auto now = Clock::now();
  for (auto& call : incoming) {
    Slot slot;
    slot.startAt = now;
    slot.deadline = call->submittedAt() + std::chrono::milliseconds(m_retry.totalDeadlineMs);
    slot.limiter = m_useRateLimiter ? limiterFor(call->profile()) : nullptr;
    const auto id = call->id();
    slot.call = std::move(call);
    m_slots.emplace(id, std::move(slot));
  }
  for (auto& [id, slot] : m_slots) {
    if (!all && !cancelled.count(id)) continue;
    detach(slot);
    slot.call->deliver(cancelledError("request " + std::to_string(id)));
    finish(id);
  }
  for (auto id : m_done) m_slots.erase(id);
  m_done.clear();
}

void CurlMultiLoop::startDue(Clock::time_point now, Clock::duration& nextWake) {
  for (auto& [id, slot] : m_slots) {
    if (slot.active || slot.call->delivered()) continue;
    if (const auto& error = slot.call->preflightError()) {
      slot.call->emitError(*error);
      finish(id);
      continue;
    }
    if (slot.startAt > now) {
      nextWake = std::min(nextWake, slot.startAt - now);
      continue;
    }
    if (slot.limiter) {
      const auto wait = slot.limiter->waitBefore(slot.call->estimatedTokens(), now);
      if (wait > Clock::duration::zero()) {
        nextWake = std::min(nextWake, wait);
        continue;
      }
      slot.limiter->started(slot.call->estimatedTokens(), now);
    }
    HttpTransfer& transfer = slot.call->startAttempt();
    curl_multi_add_handle(m_multi, transfer.handle());
    m_active[transfer.handle()] = id;
    slot.active = true;
  }
}

void CurlMultiLoop::collectFinished() {
  int queued = 0;
  while (CURLMsg* message = curl_multi_info_read(m_multi, &queued)) {
    if (message->msg != CURLMSG_DONE) continue;
    const CURLcode code = message->data.result;
    const auto active = m_active.find(message->easy_handle);
    if (active == m_active.end()) continue;
    Slot& slot = m_slots.at(active->second);
    HttpTransfer* transfer = slot.call->transfer();
    if (slot.limiter) slot.limiter->observeHeaders(transfer->headers(), Clock::now());
    detach(slot);
    settle(slot, slot.call->finishAttempt(code));
  }
}

void CurlMultiLoop::checkStalls(Clock::time_point now) {
  if (now - m_lastStallCheck < std::chrono::milliseconds(20)) return;
  m_lastStallCheck = now;
  for (auto& [id, slot] : m_slots) {
    if (!slot.active || !slot.call->stalled(now)) continue;
    detach(slot);
    settle(slot, slot.call->stallVerdict());
  }
}

// After an attempt: deliver, or schedule the next attempt if the policy and the deadline allow.
void CurlMultiLoop::settle(Slot& slot, AttemptVerdict verdict) {
  ChatCall& call = *slot.call;
  if (verdict.kind == AttemptVerdict::Kind::Succeeded) {
    call.succeed();
    finish(call.id());
    return;
  }
  const auto delay = std::chrono::milliseconds(m_retry.delayMs(call.attempts(), verdict.retryAfterMs, m_random));
  // A 429 says the whole profile is over its budget: hold its other requests for as long too.
  if (verdict.error.httpStatus == 429 && slot.limiter) slot.limiter->pauseUntil(Clock::now() + delay);
  const bool canRetry = verdict.kind == AttemptVerdict::Kind::Retry && call.attempts() < m_retry.maxAttempts &&
                        Clock::now() + delay < slot.deadline;
  if (canRetry) {
    slot.startAt = Clock::now() + delay;
    return;
  }
  Error error = std::move(verdict.error);
  if (verdict.kind == AttemptVerdict::Kind::Retry) {
    error.message += " (gave up after " + std::to_string(call.attempts()) + " attempts)";
  }
  call.emitError(std::move(error));
  finish(call.id());
}

void CurlMultiLoop::detach(Slot& slot) {
  if (!slot.active) return;
  CURL* easy = slot.call->transfer()->handle();
  curl_multi_remove_handle(m_multi, easy);
  m_active.erase(easy);
  slot.active = false;
  if (slot.limiter) slot.limiter->finished();
}

void CurlMultiLoop::finish(std::uint64_t id) {
  m_done.push_back(id);
  --m_inFlight;
}

RateLimiter* CurlMultiLoop::limiterFor(const ProviderProfile& profile) {
  auto& limiter = m_limiters[profile.name + "\n" + profile.baseUrl];
  if (!limiter) {
    limiter = std::make_unique<RateLimiter>(profile.requestsPerMinute, profile.tokensPerMinute,
                                            profile.maxConcurrency);
  }
  return limiter.get();
}

}  // namespace copydesk::llm
