#include "core/checks/similarity/exact_similar_pairs.h"

#include <algorithm>
#include <mutex>

#include "core/checks/similarity/parallel_chunks.h"
#include "core/checks/similarity/shingle_text.h"
#include "core/checks/similarity/shingles.h"
#include "core/checks/similarity/similar_product_rule.h"

namespace copydesk {

std::vector<ExactSimilarPair> exactSimilarPairs(const std::vector<SimilarItem>& items, double threshold,
                                                std::size_t minLength) {
  std::vector<std::vector<std::uint64_t>> sets(items.size());
  std::vector<char> kept(items.size(), 0);
  runChunked(items.size(), 64, scanThreads(), [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      const ShingleText text = normalizeForShingles(items[i].text);
      if (text.visibleLength < minLength || text.chars.empty()) continue;
      sets[i] = shingleSet(text.chars);
      kept[i] = 1;
    }
  }, {});
  std::vector<ExactSimilarPair> pairs;
  std::mutex guard;
  runChunked(items.size(), 16, scanThreads(), [&](std::size_t begin, std::size_t end) {
    std::vector<ExactSimilarPair> found;
    for (std::size_t i = begin; i < end; ++i) {
      if (!kept[i]) continue;
      for (std::size_t j = i + 1; j < items.size(); ++j) {
        if (!kept[j] || !mayBeSimilar(items[i], items[j])) continue;
        const double small = static_cast<double>(std::min(sets[i].size(), sets[j].size()));
        const double large = static_cast<double>(std::max(sets[i].size(), sets[j].size()));
        if (small < threshold * large) continue;
        const double similarity = jaccard(sets[i], sets[j]);
        if (similarity >= threshold) {
          found.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), similarity});
        }
      }
    }
    std::lock_guard lock(guard);
    pairs.insert(pairs.end(), found.begin(), found.end());
  }, {});
  std::sort(pairs.begin(), pairs.end(), [](const ExactSimilarPair& x, const ExactSimilarPair& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  return pairs;
}

}  // namespace copydesk
