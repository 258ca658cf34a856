#include "core/checks/similarity/min_hash.h"

#include <cmath>
#include <limits>

namespace copydesk {
namespace {

constexpr std::uint64_t kEmpty = std::numeric_limits<std::uint64_t>::max();
constexpr int kBinBits = 7;  // 2^7 = kMinHashSize bins
static_assert(std::size_t{1} << kBinBits == kMinHashSize);
constexpr std::uint64_t kValueMask = (std::uint64_t{1} << (64 - kBinBits)) - 1;

std::uint64_t splitMix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// The attempt-th bin an empty bin borrows from: the same sequence for every text.
std::size_t probe(std::size_t bin, std::uint64_t attempt) {
  return static_cast<std::size_t>(splitMix64((static_cast<std::uint64_t>(bin) << 32) | attempt) % kMinHashSize);
}

}  // namespace

MinHashSignature minHash(std::span<const std::uint64_t> shingleHashes) {
  std::array<std::uint64_t, kMinHashSize> bins;
  bins.fill(kEmpty);
  for (const std::uint64_t h : shingleHashes) {
    const std::size_t bin = static_cast<std::size_t>(h >> (64 - kBinBits));
    const std::uint64_t value = h & kValueMask;
    if (value < bins[bin]) bins[bin] = value;
  }
  MinHashSignature signature;
  signature.fill(0);
  if (shingleHashes.empty()) return signature;
  for (std::size_t bin = 0; bin < kMinHashSize; ++bin) {
    std::size_t from = bin;
    for (std::uint64_t attempt = 1; bins[from] == kEmpty; ++attempt) from = probe(bin, attempt);
    signature[bin] = static_cast<std::uint32_t>(bins[from] >> (64 - kBinBits - 32));
  }
  return signature;
}

double estimatedSimilarity(const MinHashSignature& a, const MinHashSignature& b) {
  std::size_t agree = 0;
  for (std::size_t i = 0; i < kMinHashSize; ++i) agree += a[i] == b[i];
  return static_cast<double>(agree) / static_cast<double>(kMinHashSize);
}

bool mayReach(double estimate, double threshold) {
  const double deviation = std::sqrt(threshold * (1 - threshold) / static_cast<double>(kMinHashSize));
  return estimate >= threshold - 5 * deviation - 1e-9;
}

}  // namespace copydesk
