#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <thread>
#include <unordered_map>
#include <vector>

#include <curl/curl.h>

#include "core/llm/chat_call.h"
#include "core/llm/rate_limiter.h"
#include "core/llm/retry_policy.h"

namespace copydesk::llm {

struct ClientOptions;

// The network thread: one curl multi handle, every request of an LlmClient in flight on it.
// Other threads talk to it only through submit()/cancel(), which queue work and wake the loop
// through an eventfd. Sockets are watched with epoll and driven by curl_multi_socket_action, so
// an arriving chunk costs work on its own transfer only, not a pass over every socket.
class CurlMultiLoop final {
 public:
  using Clock = std::chrono::steady_clock;

  CurlMultiLoop(RetryPolicy retry, bool useRateLimiter, int coalesceMs);
  ~CurlMultiLoop();                   // cancels everything (onDone(Cancelled)) and joins
  CurlMultiLoop(const CurlMultiLoop&) = delete;
  CurlMultiLoop& operator=(const CurlMultiLoop&) = delete;

  void submit(std::unique_ptr<ChatCall> call);
  void cancel(std::uint64_t id);
  void cancelAll();
  std::size_t inFlight() const { return m_inFlight.load(); }

 private:
  struct Slot {
    std::unique_ptr<ChatCall> call;
    Clock::time_point startAt;        // when the next attempt may start
    Clock::time_point deadline;       // the retry policy's total deadline
    bool active = false;              // its easy handle is in the multi handle
    RateLimiter* limiter = nullptr;
  };

  static int onSocket(CURL* easy, curl_socket_t fd, int what, void* self, void* socketp);
  static int onTimer(CURLM* multi, long timeoutMs, void* self);
  void wake();
  void drainWake();
  void waitForEvents(Clock::duration maxWait);
  void pace(Clock::duration& maxWait);
  void readUrgent();
  void markIfFinishing(curl_socket_t fd);
  void forgetUrgent(curl_socket_t fd);
  void runTimers();
  void run();
  bool takeIncoming();
  void startDue(Clock::time_point now, Clock::duration& nextWake);
  void collectFinished();
  void checkStalls(Clock::time_point now);
  void settle(Slot& slot, AttemptVerdict verdict);
  void detach(Slot& slot);            // removes an active transfer from the multi handle
  void finish(std::uint64_t id);
  RateLimiter* limiterFor(const ProviderProfile& profile);

  RetryPolicy m_retry;
  bool m_useRateLimiter;
  int m_coalesceMs;
  CURLM* m_multi = nullptr;
  int m_epoll = -1;
  int m_wakeFd = -1;                  // eventfd: submit/cancel/stop wake the loop through it
  int m_urgentEpoll = -1;             // sockets of replies that are finishing: read without pacing
  std::optional<Clock::time_point> m_timerDue;  // curl's own timer (timeouts, connects)
  std::thread m_thread;

  std::mutex m_mutex;                 // guards the three queues below
  std::vector<std::unique_ptr<ChatCall>> m_incoming;
  std::set<std::uint64_t> m_cancelled;
  bool m_cancelAll = false;
  std::atomic<bool> m_stopping{false};
  std::atomic<std::size_t> m_inFlight{0};

  // Network thread only.
  std::map<std::uint64_t, Slot> m_slots;
  std::unordered_map<CURL*, std::uint64_t> m_active;  // easy handle → slot id
  std::unordered_map<curl_socket_t, CURL*> m_socketOwner;  // the transfer each watched socket serves
  std::set<curl_socket_t> m_urgent;   // the sockets in m_urgentEpoll
  std::uint64_t m_finishingSeen = 0;  // replies that turned to finishing (ChatCall counts)
  std::map<std::string, std::unique_ptr<RateLimiter>> m_limiters;
  std::vector<std::uint64_t> m_done;
  std::mt19937_64 m_random{std::random_device{}()};
  Clock::time_point m_lastStallCheck{};
  Clock::time_point m_lastPass{};     // when the last pass over ready sockets began
};

}  // namespace copydesk::llm
