#include "core/checks/similarity/common_passage.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace copydesk {
namespace {

constexpr std::uint64_t kBase = 0x100000001B3ULL;  // odd, so powers never vanish modulo 2^64

struct Window {
  std::uint64_t hash;
  std::size_t start;
  bool operator<(const Window& other) const { return hash != other.hash ? hash < other.hash : start < other.start; }
};

// The hashes of every window of `length` characters of `text` (polynomial, modulo 2^64).
std::vector<Window> windows(std::u32string_view text, std::size_t length) {
  std::vector<Window> out;
  if (length > text.size()) return out;
  std::uint64_t power = 1;
  for (std::size_t i = 1; i < length; ++i) power *= kBase;
  std::uint64_t hash = 0;
  for (std::size_t i = 0; i < length; ++i) hash = hash * kBase + text[i];
  out.push_back({hash, 0});
  for (std::size_t i = length; i < text.size(); ++i) {
    hash = (hash - text[i - length] * power) * kBase + text[i];
    out.push_back({hash, i - length + 1});
  }
  return out;
}

// A window of `length` characters both texts have (the earliest in a), if any.
std::optional<CommonPassage> sharedWindow(std::u32string_view a, std::u32string_view b, std::size_t length) {
  std::vector<Window> inA = windows(a, length);
  std::sort(inA.begin(), inA.end());
  std::optional<CommonPassage> best;
  for (const Window& w : windows(b, length)) {
    auto it = std::lower_bound(inA.begin(), inA.end(), Window{w.hash, 0});
    for (; it != inA.end() && it->hash == w.hash; ++it) {
      if (best && it->start >= best->startA) break;
      if (a.substr(it->start, length) == b.substr(w.start, length)) {
        best = CommonPassage{it->start, w.start, length};
        break;
      }
    }
  }
  return best;
}

}  // namespace

CommonPassage longestCommonPassage(std::u32string_view a, std::u32string_view b) {
  CommonPassage best;
  std::size_t low = 1;  // every length below `low` is known to be shared
  std::size_t high = std::min(a.size(), b.size());
  while (low <= high) {
    const std::size_t middle = low + (high - low) / 2;
    if (auto found = sharedWindow(a, b, middle)) {
      best = *found;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}

}  // namespace copydesk
