#include "core/checks/similarity/shingles.h"

#include <xxhash.h>

#include <algorithm>

namespace copydesk {

std::size_t shingleWeight(char32_t c) {
  const bool wide = (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
                    (c >= 0x20000 && c <= 0x3FFFF);
  return wide ? 2 : 1;
}

void appendShingleHashes(std::u32string_view text, std::vector<std::uint64_t>& out) {
  if (text.empty()) return;
  out.reserve(out.size() + text.size());
  std::size_t end = 0;     // the shingle starting at `start` is text[start, end)
  std::size_t weight = 0;  // of text[start, end)
  for (std::size_t start = 0; start < text.size(); ++start) {
    while (weight < kShingleLength && end < text.size()) weight += shingleWeight(text[end++]);
    if (weight < kShingleLength) {
      if (start == 0) out.push_back(XXH3_64bits(text.data(), text.size() * sizeof(char32_t)));  // shorter than one shingle
      return;
    }
    out.push_back(XXH3_64bits(text.data() + start, (end - start) * sizeof(char32_t)));
    weight -= shingleWeight(text[start]);
  }
}

std::vector<std::uint64_t> shingleSet(std::u32string_view text) {
  std::vector<std::uint64_t> set;
  appendShingleHashes(text, set);
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() && b.empty()) return 0;
  std::size_t i = 0;
  std::size_t j = 0;
  std::size_t common = 0;
  while (i < a.size() && j < b.size()) {
    const std::uint64_t x = a[i];
    const std::uint64_t y = b[j];
    common += x == y;
    i += x <= y;
    j += y <= x;
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace copydesk
