#include "core/llm/curl_multi_loop.h"

#include <sys/epoll.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "core/llm/chat_error.h"

namespace copydesk::llm {

namespace {
// The loop wakes at least this often, so cancels, stalls and timers are never late by more.
constexpr auto kMaxPoll = std::chrono::milliseconds(50);
// Below this many transfers in flight every chunk is handed on at once (a single CLI stream).
constexpr std::size_t kCoalesceFrom = 8;
constexpr int kMaxEvents = 256;
}  // namespace

CurlMultiLoop::CurlMultiLoop(RetryPolicy retry, bool useRateLimiter, int coalesceMs)
    : m_retry(retry), m_useRateLimiter(useRateLimiter), m_coalesceMs(coalesceMs) {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  m_epoll = epoll_create1(EPOLL_CLOEXEC);
  m_wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.fd = m_wakeFd;
  epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
  m_urgentEpoll = epoll_create1(EPOLL_CLOEXEC);
  m_multi = curl_multi_init();
  // HTTP/2 providers carry many streams over one connection; HTTP/1.1 ones reuse connections.
  curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
  curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, 256L);
  curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMultiLoop::onSocket);
  curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
  curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMultiLoop::onTimer);
  curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
  m_thread = std::thread([this] { run(); });
}

CurlMultiLoop::~CurlMultiLoop() {
  m_stopping = true;
  wake();
  m_thread.join();
  curl_multi_cleanup(m_multi);
  close(m_wakeFd);
  close(m_urgentEpoll);
  close(m_epoll);
}

void CurlMultiLoop::wake() {
  const std::uint64_t one = 1;
  [[maybe_unused]] const auto written = write(m_wakeFd, &one, sizeof one);
}

void CurlMultiLoop::drainWake() {
  std::uint64_t value = 0;
  [[maybe_unused]] const auto got = read(m_wakeFd, &value, sizeof value);
}

void CurlMultiLoop::submit(std::unique_ptr<ChatCall> call) {
  ++m_inFlight;
  {
    std::lock_guard lock(m_mutex);
    m_incoming.push_back(std::move(call));
  }
  wake();
}

void CurlMultiLoop::cancel(std::uint64_t id) {
  {
    std::lock_guard lock(m_mutex);
    m_cancelled.insert(id);
  }
  wake();
}

void CurlMultiLoop::cancelAll() {
  {
    std::lock_guard lock(m_mutex);
    m_cancelAll = true;
  }
  wake();
}

// curl says which sockets to watch for what; epoll keeps the list, so a wake-up names only the
// sockets that have data. socketp marks a socket already added.
int CurlMultiLoop::onSocket(CURL* easy, curl_socket_t fd, int what, void* self, void* socketp) {
  auto* loop = static_cast<CurlMultiLoop*>(self);
  if (what == CURL_POLL_REMOVE) {
    epoll_ctl(loop->m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    loop->forgetUrgent(fd);
    loop->m_socketOwner.erase(fd);
    return 0;
  }
  // A kept-alive connection serves the next request: it is not finishing any more.
  if (auto& owner = loop->m_socketOwner[fd]; owner != easy) {
    loop->forgetUrgent(fd);
    owner = easy;
  }
  epoll_event event{};
  event.events = ((what & CURL_POLL_IN) ? EPOLLIN : 0u) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0u);
  event.data.fd = fd;
  if (socketp) {
    if (epoll_ctl(loop->m_epoll, EPOLL_CTL_MOD, fd, &event) != 0 && errno == ENOENT) {
      epoll_ctl(loop->m_epoll, EPOLL_CTL_ADD, fd, &event);
    }
    return 0;
  }
  if (epoll_ctl(loop->m_epoll, EPOLL_CTL_ADD, fd, &event) != 0 && errno == EEXIST) {
    epoll_ctl(loop->m_epoll, EPOLL_CTL_MOD, fd, &event);
  }
  curl_multi_assign(loop->m_multi, fd, loop);
  return 0;
}

int CurlMultiLoop::onTimer(CURLM*, long timeoutMs, void* self) {
  auto* loop = static_cast<CurlMultiLoop*>(self);
  if (timeoutMs < 0) loop->m_timerDue.reset();
  else loop->m_timerDue = Clock::now() + std::chrono::milliseconds(timeoutMs);
  return 0;
}

void CurlMultiLoop::runTimers() {
  if (!m_timerDue || *m_timerDue > Clock::now()) return;
  m_timerDue.reset();  // curl sets the next one from inside socket_action
  int running = 0;
  curl_multi_socket_action(m_multi, CURL_SOCKET_TIMEOUT, 0, &running);
}

// With many streams, a wake-up per arriving chunk is most of the cost. So passes over the sockets
// are paced: the next one starts at least coalesceMs after the last, and reads every stream's
// chunks that arrived meanwhile (a chunk waits coalesceMs/2 on average). Two things end the pause
// early: a submit or cancel (a new request never waits), and bytes on a reply that is finishing,
// which are read at once (its end frees the slot for the next request).
void CurlMultiLoop::pace(Clock::duration& maxWait) {
  const auto pause = std::chrono::ceil<std::chrono::milliseconds>(
      m_lastPass + std::chrono::milliseconds(m_coalesceMs) - Clock::now());
  const auto pauseMs = std::min<long long>(pause.count(), std::chrono::ceil<std::chrono::milliseconds>(maxWait).count());
  if (pauseMs <= 0) return;
  pollfd wakers[2] = {{m_wakeFd, POLLIN, 0}, {m_urgentEpoll, POLLIN, 0}};
  poll(wakers, 2, static_cast<int>(pauseMs));
  maxWait -= std::chrono::milliseconds(pauseMs);
}

void CurlMultiLoop::readUrgent() {
  epoll_event events[kMaxEvents];
  const int count = epoll_wait(m_urgentEpoll, events, kMaxEvents, 0);
  int running = 0;
  for (int i = 0; i < count; ++i) curl_multi_socket_action(m_multi, events[i].data.fd, CURL_CSELECT_IN, &running);
}

void CurlMultiLoop::markIfFinishing(curl_socket_t fd) {
  if (m_urgent.count(fd)) return;
  const auto owner = m_socketOwner.find(fd);
  if (owner == m_socketOwner.end()) return;
  const auto active = m_active.find(owner->second);
  if (active == m_active.end()) return;
  if (!m_slots.at(active->second).call->finishing()) return;
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.fd = fd;
  if (epoll_ctl(m_urgentEpoll, EPOLL_CTL_ADD, fd, &event) == 0) m_urgent.insert(fd);
}

void CurlMultiLoop::forgetUrgent(curl_socket_t fd) {
  if (m_urgent.erase(fd)) epoll_ctl(m_urgentEpoll, EPOLL_CTL_DEL, fd, nullptr);
}

void CurlMultiLoop::waitForEvents(Clock::duration maxWait) {
  const bool paced = m_coalesceMs > 0 && m_active.size() >= kCoalesceFrom;
  if (paced) {
    pace(maxWait);
    pollfd urgent{m_urgentEpoll, POLLIN, 0};
    if (poll(&urgent, 1, 0) > 0) {
      readUrgent();
      // The other sockets keep their pace: the pass is not over.
      pollfd wake{m_wakeFd, POLLIN, 0};
      if (poll(&wake, 1, 0) <= 0) return;
    }
  }
  epoll_event events[kMaxEvents];
  const auto waitMs = std::clamp<long long>(
      std::chrono::ceil<std::chrono::milliseconds>(maxWait).count(), 0, kMaxPoll.count());
  const int count = epoll_wait(m_epoll, events, kMaxEvents, static_cast<int>(waitMs));
  m_lastPass = Clock::now();
  int running = 0;
  for (int i = 0; i < count; ++i) {
    const int fd = events[i].data.fd;
    if (fd == m_wakeFd) {
      drainWake();
      continue;
    }
    const auto flags = events[i].events;
    int action = 0;
    if (flags & (EPOLLIN | EPOLLHUP | EPOLLRDHUP)) action |= CURL_CSELECT_IN;
    if (flags & EPOLLOUT) action |= CURL_CSELECT_OUT;
    if (flags & EPOLLERR) action |= CURL_CSELECT_ERR;
    const auto finishingBefore = m_finishingSeen;
    curl_multi_socket_action(m_multi, fd, action, &running);
    if (paced && m_finishingSeen != finishingBefore) markIfFinishing(fd);
  }
}

void CurlMultiLoop::run() {
  while (true) {
    // Stop only on a stop seen together with the queue: a request submitted just before the
    // destructor is in that queue, and ends with Cancelled rather than never.
    const bool stopping = takeIncoming();
    if (stopping && m_slots.empty()) break;
    Clock::duration nextWake = kMaxPoll;
    startDue(Clock::now(), nextWake);
    runTimers();
    collectFinished();
    checkStalls(Clock::now());
    for (auto id : m_done) m_slots.erase(id);
    m_done.clear();
    if (m_timerDue) nextWake = std::min(nextWake, std::max(Clock::duration::zero(), *m_timerDue - Clock::now()));
    waitForEvents(nextWake);
  }
}

// New requests join; cancelled ones (and everything, when stopping) end with Cancelled.
// Returns whether the loop was stopping when it took the queue.
bool CurlMultiLoop::takeIncoming() {
  std::vector<std::unique_ptr<ChatCall>> incoming;
  std::set<std::uint64_t> cancelled;
  bool stopping = false;
  bool all = false;
  {
    std::lock_guard lock(m_mutex);
    incoming.swap(m_incoming);
    cancelled.swap(m_cancelled);
    stopping = m_stopping;
    all = m_cancelAll || stopping;
    m_cancelAll = false;
  }
  const auto now = Clock::now();
  for (auto& call : incoming) {
    Slot slot;
    slot.startAt = now;
    slot.deadline = call->submittedAt() + std::chrono::milliseconds(m_retry.totalDeadlineMs);
    slot.limiter = m_useRateLimiter ? limiterFor(call->profile()) : nullptr;
    const auto id = call->id();
    call->countFinishingIn(&m_finishingSeen);
    slot.call = std::move(call);
    m_slots.emplace(id, std::move(slot));
  }
  for (auto& [id, slot] : m_slots) {
    if (!all && !cancelled.count(id)) continue;
    detach(slot);
    finish(id);
    slot.call->deliver(cancelledError("request " + std::to_string(id)));
  }
  for (auto id : m_done) m_slots.erase(id);
  m_done.clear();
  return stopping;
}

void CurlMultiLoop::startDue(Clock::time_point now, Clock::duration& nextWake) {
  for (auto& [id, slot] : m_slots) {
    if (slot.active || slot.call->delivered()) continue;
    if (const auto& error = slot.call->preflightError()) {
      finish(id);
      slot.call->emitError(*error);
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
    finish(call.id());
    call.succeed();
    return;
  }
  const auto delay = std::chrono::milliseconds(m_retry.delayMs(call.attempts(), verdict.retryAfterMs, m_random));
  // A 429 says the whole profile is over its budget: hold its other requests for as long too.
  if (verdict.error.httpStatus == 429 && slot.limiter) slot.limiter->pauseUntil(Clock::now() + delay);
  const int maxAttempts = call.maxAttempts() > 0 ? call.maxAttempts() : m_retry.maxAttempts;
  const bool canRetry = verdict.kind == AttemptVerdict::Kind::Retry && call.attempts() < maxAttempts &&
                        Clock::now() + delay < slot.deadline;
  if (canRetry) {
    slot.startAt = Clock::now() + delay;
    return;
  }
  Error error = std::move(verdict.error);
  if (verdict.kind == AttemptVerdict::Kind::Retry && maxAttempts > 1) {  // a single try gives up on nothing
    error.message += " (gave up after " + std::to_string(call.attempts()) + " attempts)";
  }
  finish(call.id());
  call.emitError(std::move(error));
}

void CurlMultiLoop::detach(Slot& slot) {
  if (!slot.active) return;
  CURL* easy = slot.call->transfer()->handle();
  curl_multi_remove_handle(m_multi, easy);
  m_active.erase(easy);
  for (auto it = m_urgent.begin(); it != m_urgent.end();) {
    const auto fd = *it++;
    if (m_socketOwner[fd] == easy) forgetUrgent(fd);
  }
  slot.active = false;
  if (slot.limiter) slot.limiter->finished();
}

// Before the delivery: whoever onDone wakes already sees inFlight() without this request.
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
