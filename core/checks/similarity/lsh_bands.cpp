#include "core/checks/similarity/lsh_bands.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <thread>

namespace copydesk {
namespace {

struct BucketEntry {
  std::uint64_t key;
  std::uint32_t item;
  bool operator<(const BucketEntry& other) const { return key != other.key ? key < other.key : item < other.item; }
};

std::uint64_t pairCode(std::uint32_t i, std::uint32_t j) { return (static_cast<std::uint64_t>(i) << 32) | j; }

// The pairs one band makes: every two texts whose band hashes the same.
std::vector<std::uint64_t> bandPairs(std::span<const MinHashSignature> signatures, LshBands bands, std::size_t band,
                                     const std::function<bool(std::uint32_t, std::uint32_t)>& allowed) {
  std::vector<BucketEntry> entries(signatures.size());
  for (std::size_t i = 0; i < signatures.size(); ++i) {
    const auto* values = signatures[i].data() + band * bands.rows;
    entries[i] = {XXH3_64bits_withSeed(values, bands.rows * sizeof(*values), band), static_cast<std::uint32_t>(i)};
  }
  std::sort(entries.begin(), entries.end());
  std::vector<std::uint64_t> pairs;
  for (std::size_t start = 0; start < entries.size();) {
    std::size_t end = start + 1;
    while (end < entries.size() && entries[end].key == entries[start].key) ++end;
    for (std::size_t a = start; a < end; ++a) {
      for (std::size_t b = a + 1; b < end; ++b) {
        if (allowed(entries[a].item, entries[b].item)) pairs.push_back(pairCode(entries[a].item, entries[b].item));
      }
    }
    start = end;
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

// Adds `more` (sorted) to `into` (sorted, distinct), keeping it sorted and distinct.
void mergeInto(std::vector<std::uint64_t>& into, const std::vector<std::uint64_t>& more) {
  std::vector<std::uint64_t> merged;
  merged.reserve(into.size() + more.size());
  std::set_union(into.begin(), into.end(), more.begin(), more.end(), std::back_inserter(merged));
  merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
  into.swap(merged);
}

}  // namespace

double lshCandidateProbability(double similarity, LshBands bands) {
  return 1.0 - std::pow(1.0 - std::pow(similarity, static_cast<double>(bands.rows)), static_cast<double>(bands.bands));
}

LshBands chooseLshBands(double threshold) {
  for (std::size_t rows = kMinHashSize; rows > 1; --rows) {
    const LshBands bands{kMinHashSize / rows, rows};
    if (lshCandidateProbability(threshold, bands) >= kLshRecallAtThreshold) return bands;
  }
  return {kMinHashSize, 1};
}

std::vector<std::uint64_t> lshCandidates(std::span<const MinHashSignature> signatures, LshBands bands,
                                         const std::function<bool(std::uint32_t, std::uint32_t)>& allowed,
                                         unsigned threads) {
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(bands.bands)));
  // Each thread merges the bands it takes, band by band: a passage shared by many texts makes the
  // same pairs in every band, and holding all bands' pairs at once would multiply them by 25.
  std::vector<std::vector<std::uint64_t>> found(threads);
  auto work = [&](unsigned t) {
    for (std::size_t band = t; band < bands.bands; band += threads) {
      mergeInto(found[t], bandPairs(signatures, bands, band, allowed));
    }
  };
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < threads; ++t) helpers.emplace_back(work, t);
  work(0);
  for (std::thread& helper : helpers) helper.join();
  for (unsigned t = 1; t < threads; ++t) mergeInto(found[0], found[t]);
  return std::move(found[0]);
}

}  // namespace copydesk
