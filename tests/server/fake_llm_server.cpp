// fake-llm-server: a local stand-in for OpenAI-compatible and Anthropic endpoints (and the OpenAI
// Batch API) with deterministic replies and injected faults. Prints its port on the first line of
// stdout; exits when stdin (a pipe or terminal) closes, or on SIGTERM/SIGINT.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <thread>
#include <utility>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/server/fake_server.h"

namespace {

// Set by the signal handler and by the stdin thread, read by the stopping thread: an atomic (a
// lock-free one is safe in a signal handler), not a volatile sig_atomic_t, which is for one thread.
std::atomic<bool> g_signalled{false};
static_assert(std::atomic<bool>::is_always_lock_free);

void onSignal(int) { g_signalled = true; }

// Watching stdin makes sense only when a parent holds the other end (pipe) or a person does (tty):
// started with `&` from a script, stdin is /dev/null and must not stop the server at once.
bool stdinIsWatchable() {
  struct stat info {};
  if (fstat(STDIN_FILENO, &info) != 0) return false;
  return S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode) || isatty(STDIN_FILENO);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace copydesk::fake;
  ServerConfig config;
  if (!parseConfig(argc, argv, config)) return 2;
  ServerState state(config);
  httplib::Server server;
  // Enough workers for 100+ concurrent streams (and stalled ones); connections kept alive. Made
  // before the port is announced (below): the library would make them once listening, and 320
  // threads take seconds to start under ThreadSanitizer, while a client that read the port waits.
  httplib::ThreadPool* workers = nullptr;
  server.new_task_queue = [&workers] {
    return workers ? std::exchange(workers, nullptr) : new httplib::ThreadPool(320);
  };
  server.set_keep_alive_max_count(100000);
  // The library listens with a backlog of 5 (fixed when Debian built it): 200 clients connecting at
  // once overflow it, and a client whose handshake the kernel dropped waits for a reply that never
  // comes. Remember the listening socket and listen() again with a real backlog after binding.
  int listenFd = -1;
  server.set_socket_options([&listenFd](socket_t sock) {
    httplib::default_socket_options(sock);
    if (listenFd < 0) listenFd = sock;
  });
  installChatRoutes(server, state);
  installBatchRoutes(server, state);
  server.Get("/__stats", [&state](const httplib::Request&, httplib::Response& res) {
    res.set_content(state.statsJson(), "application/json");
  });
  server.Post("/__reset", [&state](const httplib::Request&, httplib::Response& res) {
    state.resetStats();
    res.set_content("{}", "application/json");
  });

  const int port = config.port > 0 ? (server.bind_to_port("127.0.0.1", config.port) ? config.port : -1)
                                   : server.bind_to_any_port("127.0.0.1");
  if (port <= 0) {
    std::cerr << "fake-llm-server: cannot bind 127.0.0.1:" << config.port << "\n";
    return 1;
  }
  if (listenFd >= 0) ::listen(listenFd, 4096);
  workers = new httplib::ThreadPool(320);
  std::cout << port << std::endl;

  std::signal(SIGTERM, onSignal);
  std::signal(SIGINT, onSignal);
  std::signal(SIGPIPE, SIG_IGN);
  if (stdinIsWatchable()) {
    std::thread([] {
      char buffer[256];
      while (read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
      }
      g_signalled = true;
    }).detach();
  }
  std::thread([&server, &state] {
    while (!g_signalled) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    state.stopping = true;
    server.stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    std::_Exit(0);  // workers still writing to slow clients must not hold the exit
  }).detach();
  server.listen_after_bind();
  std::fflush(stdout);
  std::_Exit(0);
}
