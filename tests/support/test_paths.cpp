#include "tests/support/test_paths.h"

#include <sys/wait.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace copydesk::test {

std::filesystem::path sharedDir() {
  if (const char* dir = std::getenv("COPYDESK_SHARED")) return dir;
  return std::filesystem::weakly_canonical(COPYDESK_TEST_SHARED_DIR);
}
std::filesystem::path sourceDir() { return COPYDESK_TEST_SOURCE_DIR; }
std::filesystem::path binaryDir() { return COPYDESK_TEST_BINARY_DIR; }
std::filesystem::path binDir() { return binaryDir() / "bin"; }

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

bool fileContains(const std::filesystem::path& path, const std::string& needle) {
  if (!std::filesystem::exists(path)) return false;
  return readFile(path).find(needle) != std::string::npos;
}

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  std::random_device random;
  m_path = std::filesystem::temp_directory_path() /
           ("copydesk-test-" + std::to_string(random()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(m_path, ec);
}

std::string shellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

CommandResult runCommand(const std::string& command) {
  TempDir dir;
  const auto out = dir / "out";
  const auto err = dir / "err";
  const std::string full = command + " >" + shellQuote(out.string()) + " 2>" + shellQuote(err.string()) + " </dev/null";
  const int status = std::system(full.c_str());
  CommandResult result;
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = std::filesystem::exists(out) ? readFile(out) : "";
  result.err = std::filesystem::exists(err) ? readFile(err) : "";
  return result;
}

}  // namespace copydesk::test
