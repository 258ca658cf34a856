#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace copydesk {

inline constexpr std::size_t kMinHashSize = 128;
using MinHashSignature = std::array<std::uint32_t, kMinHashSize>;

// A MinHash signature of a shingle set: two texts agree on any one of its 128 values with
// probability equal to the Jaccard similarity of their shingle sets.
//
// Made by one-permutation hashing (Li, Owen & Zhang 2012) instead of 128 hash functions: the top 7
// bits of a shingle's hash pick one of 128 bins and the bin keeps the smallest of the other bits, so
// a text costs one pass over its shingles instead of 128 (for 100,000 descriptions, 0.1 billion
// shingle visits instead of 12 billion). A bin no shingle fell into borrows the value of the first
// filled bin on a probe sequence that is the same for every text ("optimal densification",
// Shrivastava 2017), which keeps the agreement probability at the Jaccard similarity for short
// texts too. Repeated hashes do not change the signature. A value keeps the top 32 bits of its
// bin's minimum (two different minima agree there with probability 2^-32): 100,000 signatures
// take 51 MB.
MinHashSignature minHash(std::span<const std::uint64_t> shingleHashes);

// The share of values two signatures agree on: an estimate of the Jaccard similarity with a
// standard deviation of sqrt(s(1 - s) / 128), 0.04 at 0.7.
double estimatedSimilarity(const MinHashSignature& a, const MinHashSignature& b);

// Whether a pair whose signatures agree on `estimate` may still reach `threshold`: false only
// when the estimate is more than 5 standard deviations below it (at 0.7: below 0.50), which a
// pair at the threshold does with probability under 10^-6. LSH makes a pair a candidate when one
// band agrees, so most candidates of a large catalog are pairs of unrelated copy that happen to
// share a band (at 100,000 descriptions, tens of thousands); this drops them before the exact
// check, which would have to shingle both texts again.
bool mayReach(double estimate, double threshold);

}  // namespace copydesk
