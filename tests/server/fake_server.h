#pragma once

// Debian builds cpp-httplib as a shared library (pkg-config cpp-httplib), so its compile-time
// knobs (CPPHTTPLIB_THREAD_POOL_COUNT …) are fixed there: main() sets the pool size at run time.
#include <httplib.h>

#include <atomic>
#include <memory>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <vector>

namespace copydesk::fake {

struct ServerConfig {
  int port = 0;                               // 0: any free port (printed on the first stdout line)
  std::vector<std::pair<std::string, double>> faultRates;  // per attempt, e.g. {"429", 0.1}
  std::uint64_t seed = 1;
  int batchDelayMs = 300;                     // validating → in_progress → completed
  int chunks = 8;                             // content pieces per streamed reply
  int streamMs = 0;                           // spread the pieces over this long
  int delayMs = 0;                            // latency before the response starts
  int stallMs = 5000;                         // how long a "stall" fault holds the stream
  std::string retryAfter = "0";               // Retry-After sent with 429/503/529 faults
  // --replies FILE: a JSON object {"text in the user prompt": "reply" or ["reply", …], …}; the first
  // key found in a prompt picks the reply, a list is used in turn (variants differ) — demo copy for
  // screenshots; other prompts get the hashed echo.
  struct CannedReply {
    std::string key;
    std::vector<std::string> texts;
    std::shared_ptr<std::atomic<unsigned>> used = std::make_shared<std::atomic<unsigned>>(0);
  };
  std::vector<CannedReply> replies;
};

// The reply to one request: a --replies entry whose key the user prompt contains, else fake::reply.
std::string replyFor(const ServerConfig& config, const std::string& system, const std::string& user);

// Parses the command line; returns false (after printing why) on a bad option.
bool parseConfig(int argc, char** argv, ServerConfig& config);

struct StoredFile {
  std::string filename, purpose, content;
};

struct StoredBatch {
  std::string id, inputFileId, endpoint, window, outputFileId;
  std::chrono::steady_clock::time_point createdAt;
  std::int64_t createdUnix = 0;
  int delayMs = 300;
  bool cancelled = false;
  int total = 0, failed = 0;
};

// Everything the handlers share. Handlers run on httplib's worker threads: take m_mutex.
class ServerState {
 public:
  explicit ServerState(ServerConfig config);

  const ServerConfig& config() const { return m_config; }
  std::atomic<bool> stopping{false};

  void count(const std::string& route);
  void countFault(const std::string& fault);
  void streamStarted();
  void streamEnded();
  // Blocks until the server has held `count` streams at once (true) or it is stopping (false).
  bool waitForStreams(int count);
  std::string statsJson();
  void resetStats();

  // The fault for this attempt ("" = none): forced by header or prompt marker, else rolled.
  std::string decideFault(const httplib::Request& request, const std::string& prompt);

  std::string addFile(StoredFile file);
  bool file(const std::string& id, StoredFile& out);
  std::string addBatch(StoredBatch batch);
  bool batch(const std::string& id, StoredBatch& out);
  void updateBatch(const StoredBatch& batch);
  std::uint64_t nextId() { return ++m_ids; }

 private:
  ServerConfig m_config;
  std::mutex m_mutex;
  std::mt19937_64 m_random;
  std::map<std::string, std::int64_t> m_routes, m_faults;
  std::map<std::uint64_t, int> m_forcedSeen;   // identity of a forced-fault request → times seen
  std::int64_t m_requests = 0;
  int m_activeStreams = 0, m_maxActiveStreams = 0;
  std::condition_variable m_streamsChanged;
  std::map<std::string, StoredFile> m_files;
  std::map<std::string, StoredBatch> m_batches;
  std::atomic<std::uint64_t> m_ids{0};
};

// Sleeps in short slices; false when the server is stopping.
bool nap(const ServerState& state, int ms);
bool napUntil(const ServerState& state, std::chrono::steady_clock::time_point until);

void installChatRoutes(httplib::Server& server, ServerState& state);
void installBatchRoutes(httplib::Server& server, ServerState& state);

}  // namespace copydesk::fake
