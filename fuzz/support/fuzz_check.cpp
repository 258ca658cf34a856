#include "fuzz/support/fuzz_check.h"

#include <cstdio>
#include <cstdlib>

namespace copydesk::fuzz {

void fail(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "fuzz check failed: %.*s\n", static_cast<int>(what.size()), what.data());
  if (!detail.empty()) {
    // Enough of the detail to see the difference; the input itself is saved by libFuzzer.
    const int shown = static_cast<int>(detail.size() < 2000 ? detail.size() : 2000);
    std::fprintf(stderr, "  %.*s\n", shown, detail.data());
  }
  std::abort();
}

}  // namespace copydesk::fuzz
