#pragma once

#include <filesystem>
#include <string>

namespace copydesk::test {

// ../shared beside the checkout (read-only: copy what a test modifies into a TempDir).
std::filesystem::path sharedDir();
std::filesystem::path sourceDir();
std::filesystem::path binaryDir();
// build/bin, where copydesk-cli and the test servers are.
std::filesystem::path binDir();

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& bytes);
// Whether the file exists and holds these bytes somewhere (e.g. a secret that must never be written).
bool fileContains(const std::filesystem::path& path, const std::string& needle);

// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir final {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

 private:
  std::filesystem::path m_path;
};

// Runs a command through the shell; captures stdout and stderr (into files) and the exit code.
struct CommandResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};
CommandResult runCommand(const std::string& command);
std::string shellQuote(const std::string& text);

}  // namespace copydesk::test
