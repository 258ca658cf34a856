#pragma once

#include <string_view>

namespace copydesk::fuzz {

// A promise a parser makes (its header says so) that the input broke: prints what and the
// detail, then aborts, so libFuzzer keeps the input as a crash and the replay test fails.
[[noreturn]] void fail(std::string_view what, std::string_view detail = {});

inline void require(bool holds, std::string_view what, std::string_view detail = {}) {
  if (!holds) fail(what, detail);
}

}  // namespace copydesk::fuzz
