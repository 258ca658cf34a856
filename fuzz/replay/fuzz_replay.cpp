// fuzz_replay NAME DIR… — runs every file under the folders through fuzz target NAME's entry point,
// the same LLVMFuzzerTestOneInput the fuzzer calls, built here without libFuzzer (and without
// sanitizers, unless the build adds them). ctest runs it over fuzz/regressions/NAME (each input
// that once crashed) and fuzz/corpus/NAME, so a fixed bug that comes back fails the normal tests.
// A crash or a failed check aborts, which fails the test; the file being replayed is printed first.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#define COPYDESK_FUZZ_ENTRY(name) extern "C" int copydesk_fuzz_##name(const std::uint8_t* data, std::size_t size);
#include "fuzz_entries.inc"
#undef COPYDESK_FUZZ_ENTRY

namespace {

using Entry = int (*)(const std::uint8_t*, std::size_t);

struct Target {
  std::string_view name;
  Entry entry;
};

const Target kTargets[] = {
#define COPYDESK_FUZZ_ENTRY(name) {#name, copydesk_fuzz_##name},
#include "fuzz_entries.inc"
#undef COPYDESK_FUZZ_ENTRY
};

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec) && entry.path().filename().string().front() != '.') files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());  // the same order on every run
  return files;
}

std::string readAll(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: fuzz_replay NAME DIR...\n");
    return 2;
  }
  const std::string_view name = argv[1];
  const auto target = std::find_if(std::begin(kTargets), std::end(kTargets), [&](const Target& t) { return t.name == name; });
  if (target == std::end(kTargets)) {
    std::fprintf(stderr, "fuzz_replay: no fuzz target called %s\n", argv[1]);
    return 2;
  }
  std::size_t replayed = 0;
  for (int i = 2; i < argc; ++i) {
    for (const auto& file : inputsUnder(argv[i])) {
      const std::string bytes = readAll(file);
      std::fprintf(stderr, "%s\n", file.c_str());  // names the input if the next call crashes
      target->entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  if (replayed == 0) {
    std::fprintf(stderr, "fuzz_replay: no inputs for %s: the corpus is missing\n", argv[1]);
    return 1;
  }
  std::printf("fuzz_replay %s: %zu inputs replayed, no crash\n", argv[1], replayed);
  return 0;
}
