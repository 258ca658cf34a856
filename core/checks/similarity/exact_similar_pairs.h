#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/checks/similarity/similar_texts.h"

namespace copydesk {

struct ExactSimilarPair {
  std::uint32_t a = 0;  // indices into the items, a < b
  std::uint32_t b = 0;
  double similarity = 0;
};

// The reference the scan is measured against (tests, bench/similarity_bench): every pair of texts
// of different products compared exactly, on both cores, with the same normalisation, shingles and
// length rule as findSimilarTexts. The only shortcut is exact too: a pair whose shingle counts
// differ by more than the threshold allows (min/max < threshold bounds the Jaccard similarity)
// is not merged. Sorted by (a, b).
std::vector<ExactSimilarPair> exactSimilarPairs(const std::vector<SimilarItem>& items, double threshold,
                                                std::size_t minLength);

}  // namespace copydesk
