#pragma once

#include <string>
#include <vector>

#include <sys/types.h>

namespace copydesk::test {

// Starts build/bin/fake-llm-server as a child process on a free port of 127.0.0.1 and stops it on
// destruction (closes its stdin, then SIGTERM). Extra arguments go to the server, e.g.
// {"--fault-rate", "429=0.1,cut=0.05", "--seed", "7"}.
class FakeServerProcess final {
 public:
  explicit FakeServerProcess(const std::vector<std::string>& arguments = {});
  ~FakeServerProcess();
  FakeServerProcess(const FakeServerProcess&) = delete;
  FakeServerProcess& operator=(const FakeServerProcess&) = delete;

  bool running() const { return m_port > 0; }
  int port() const { return m_port; }
  std::string baseUrl() const;        // "http://127.0.0.1:PORT"
  std::string openAiBaseUrl() const;  // "http://127.0.0.1:PORT/v1"

  // Plain HTTP to the server (for /__stats and friends); "" when it fails.
  std::string get(const std::string& path) const;
  std::string post(const std::string& path, const std::string& body = "{}") const;
  // How many requests /__stats counted for a path ("/v1/chat/completions", "/v1/messages", …).
  long long requestCount(const std::string& path) const;
  // A top-level number of /__stats ("activeStreams", "maxActiveStreams", "requests"); -1 when unreadable.
  long long stat(const std::string& name) const;
  // Asks /__stats until stat(name) == value (true) or timeoutMs passes (false): for what only the
  // server sees, such as how many streams it is holding right now.
  bool waitForStat(const std::string& name, long long value, int timeoutMs = 20000) const;

 private:
  pid_t m_pid = -1;
  int m_stdin = -1;
  int m_port = 0;
};

}  // namespace copydesk::test
