#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "core/checks/similarity/min_hash.h"

namespace copydesk {

// Locality-sensitive hashing over MinHash signatures: the signature is cut into `bands` bands of
// `rows` values; two texts become a candidate pair when all the values of at least one band agree.
// A pair of Jaccard similarity s is a candidate with probability 1 - (1 - s^rows)^bands (the
// S-curve); more rows make fewer dissimilar pairs candidates, fewer rows miss fewer similar ones.
struct LshBands {
  std::size_t bands = 0;
  std::size_t rows = 0;
};

// The S-curve's value at similarity s.
double lshCandidateProbability(double similarity, LshBands bands);

// The most rows (the fewest needless candidates, which cost an exact check each) whose S-curve
// still makes a pair exactly at the threshold a candidate with probability kLshRecallAtThreshold.
// Pairs above the threshold are found more often still, so the recall over all pairs at or above
// it is higher: at 0.7 this picks 25 bands of 5 rows (125 of the 128 values), P = 0.990 at 0.70,
// 0.954 at 0.65, 0.99995 at 0.80, and 0.059 at 0.30, 0.00025 at 0.10 (unrelated copy). The next
// step up, 21 × 6, would find a pair at 0.70 with only P = 0.93, below the 0.95 the scan promises;
// the margin between 0.98 and 0.95 covers the one-permutation signature's bins being slightly
// correlated. Measured: recall 0.999 (1,038 of 1,039 pairs) on tests' 5,000-text sample.
inline constexpr double kLshRecallAtThreshold = 0.98;
LshBands chooseLshBands(double threshold);

// The candidate pairs as (i << 32 | j), i < j indices into `signatures`, sorted and distinct,
// keeping only those `allowed(i, j)` accepts. Bands are split between `threads` threads.
std::vector<std::uint64_t> lshCandidates(std::span<const MinHashSignature> signatures, LshBands bands,
                                         const std::function<bool(std::uint32_t, std::uint32_t)>& allowed,
                                         unsigned threads);

}  // namespace copydesk
