#include "tests/support/fake_server_process.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/support/test_paths.h"

extern char** environ;

namespace copydesk::test {

namespace {

// One HTTP/1.0 exchange over a plain socket: the support library stays free of HTTP libraries.
std::string exchange(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return {};
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string response;
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      write(fd, request.data(), request.size()) == static_cast<ssize_t>(request.size())) {
    char buffer[4096];
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) response.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
  const auto body = response.find("\r\n\r\n");
  return body == std::string::npos ? std::string() : response.substr(body + 4);
}

}  // namespace

FakeServerProcess::FakeServerProcess(const std::vector<std::string>& arguments) {
  int in[2], out[2];
  if (pipe(in) != 0 || pipe(out) != 0) throw std::runtime_error("fake server: pipe failed");
  const std::string program = (binDir() / "fake-llm-server").string();
  std::vector<std::string> args = {program};
  args.insert(args.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, in[1]);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  const int rc = posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  close(out[1]);
  m_stdin = in[1];
  if (rc != 0) {
    close(out[0]);
    throw std::runtime_error("fake server: cannot start " + program + ": " + std::strerror(rc));
  }
  // The first stdout line is the port.
  std::string line;
  char c = 0;
  while (read(out[0], &c, 1) == 1 && c != '\n') line.push_back(c);
  close(out[0]);
  m_port = std::atoi(line.c_str());
  if (m_port <= 0) throw std::runtime_error("fake server: no port on its first line (got '" + line + "')");
}

FakeServerProcess::~FakeServerProcess() {
  if (m_stdin >= 0) close(m_stdin);
  if (m_pid > 0) {
    kill(m_pid, SIGTERM);
    int status = 0;
    waitpid(m_pid, &status, 0);
  }
}

std::string FakeServerProcess::baseUrl() const { return "http://127.0.0.1:" + std::to_string(m_port); }

std::string FakeServerProcess::openAiBaseUrl() const { return baseUrl() + "/v1"; }

std::string FakeServerProcess::get(const std::string& path) const {
  return exchange(m_port, "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
}

std::string FakeServerProcess::post(const std::string& path, const std::string& body) const {
  return exchange(m_port, "POST " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                              "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

long long FakeServerProcess::requestCount(const std::string& path) const {
  // /__stats is {"requests":N,"paths":{"/v1/models":N,…},…}: paths are unique keys in it.
  const std::string stats = get("/__stats");
  if (stats.empty()) return -1;
  const auto at = stats.find("\"" + path + "\":");
  return at == std::string::npos ? 0 : std::atoll(stats.c_str() + at + path.size() + 3);
}

long long FakeServerProcess::stat(const std::string& name) const {
  const std::string stats = get("/__stats");
  const std::string key = "\"" + name + "\":";
  const auto at = stats.find(key);
  return at == std::string::npos ? -1 : std::atoll(stats.c_str() + at + key.size());
}

bool FakeServerProcess::waitForStat(const std::string& name, long long value, int timeoutMs) const {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
  while (stat(name) != value) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));  // between questions, not instead of one
  }
  return true;
}

}  // namespace copydesk::test
