#include "fuzz/support/scratch_dir.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <system_error>

#include "fuzz/support/fuzz_check.h"

namespace copydesk::fuzz {
namespace {

std::filesystem::path makeScratch() {
  std::error_code ec;
  std::filesystem::path base = std::filesystem::temp_directory_path(ec);
  if (ec) base = "/tmp";
  std::string pattern = (base / "copydesk-fuzz-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) fail("cannot make a scratch folder", pattern);
  return pattern;
}

void removeScratch() {
  std::error_code ec;
  std::filesystem::remove_all(scratchDir(), ec);
}

}  // namespace

const std::filesystem::path& scratchDir() {
  static const std::filesystem::path dir = [] {
    auto made = makeScratch();
    std::atexit(removeScratch);
    return made;
  }();
  return dir;
}

std::filesystem::path writeScratch(const std::string& name, std::string_view bytes) {
  const auto path = scratchDir() / name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) fail("cannot write a scratch file", path.string());
  return path;
}

std::filesystem::path freshScratchFolder(const std::string& name) {
  const auto path = scratchDir() / name;
  std::error_code ec;
  std::filesystem::remove_all(path, ec);
  std::filesystem::create_directories(path, ec);
  if (ec) fail("cannot make a scratch folder", path.string());
  return path;
}

}  // namespace copydesk::fuzz
