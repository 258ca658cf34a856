#pragma once

#include <cstddef>
#include <string_view>

namespace copydesk {

// The longest run of characters two texts share: where it starts in each, and how long it is.
struct CommonPassage {
  std::size_t startA = 0;
  std::size_t startB = 0;
  std::size_t length = 0;  // 0: no character in common
};

// The longest common substring, the earliest in `a` among equally long ones. A binary search over
// the length, each step comparing rolling hashes of every window of that length (and the windows
// themselves on a hash match): O((|a| + |b|) log |a|), where the textbook table is O(|a|·|b|),
// which for two 1,500-character descriptions is 2.25 million steps a pair.
CommonPassage longestCommonPassage(std::u32string_view a, std::u32string_view b);

}  // namespace copydesk
