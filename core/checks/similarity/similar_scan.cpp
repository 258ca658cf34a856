// findSimilarTexts: signatures on every core, LSH candidates, the exact Jaccard similarity of each
// candidate, and the shared passage of each pair reported.
#include <algorithm>
#include <mutex>
#include <optional>

#include "core/checks/similarity/common_passage.h"
#include "core/checks/similarity/lsh_bands.h"
#include "core/checks/similarity/min_hash.h"
#include "core/checks/similarity/parallel_chunks.h"
#include "core/checks/similarity/shingle_text.h"
#include "core/checks/similarity/shingles.h"
#include "core/checks/similarity/similar_product_rule.h"
#include "core/checks/similarity/similar_texts.h"
#include "core/checks/similarity/utf8_code_points.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

// Progress runs over 2 × the texts: the first half counts texts signed, the second the exact
// checks of the candidates (to 3/4 of the total) and the passages of the pairs found (to the end).
class ScanProgress final {
 public:
  ScanProgress(const SimilarOptions& options, std::size_t texts) : m_report(options.progress), m_total(2 * texts) {}

  // A reporter for the stage covering [from, to) of the total, given the stage's own step count.
  std::function<bool(std::size_t)> stage(double from, double to, std::size_t steps) const {
    if (!m_report) return {};
    return [this, from, to, steps](std::size_t done) {
      const double fraction = steps == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(steps);
      const auto at = static_cast<std::size_t>((from + (to - from) * fraction) * static_cast<double>(m_total));
      return m_report(std::min(at, m_total), m_total);
    };
  }
  bool finish() const { return !m_report || m_report(m_total, m_total); }

 private:
  std::function<bool(std::size_t, std::size_t)> m_report;
  std::size_t m_total;
};

struct IndexPair {
  std::uint32_t a;  // item indices, a < b
  std::uint32_t b;
  double similarity = 0;
};

Error cancelled() { return makeError("checks.scan-cancelled", ErrorCode::Cancelled); }

// Signs every text long enough to take part; the item index of each signature, or nothing when cancelled.
std::optional<std::vector<std::uint32_t>> signTexts(const std::vector<SimilarItem>& items, std::size_t minLength,
                                                    std::vector<MinHashSignature>& signatures,
                                                    const std::function<bool(std::size_t)>& report) {
  signatures.assign(items.size(), MinHashSignature{});
  std::vector<char> kept(items.size(), 0);
  const bool finished = runChunked(items.size(), 128, scanThreads(), [&](std::size_t begin, std::size_t end) {
    std::vector<std::uint64_t> hashes;
    for (std::size_t i = begin; i < end; ++i) {
      const ShingleText text = normalizeForShingles(items[i].text);
      if (text.visibleLength < minLength || text.chars.empty()) continue;
      hashes.clear();
      appendShingleHashes(text.chars, hashes);
      signatures[i] = minHash(hashes);
      kept[i] = 1;
    }
  }, report);
  if (!finished) return std::nullopt;
  std::vector<std::uint32_t> signedItems;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!kept[i]) continue;
    signatures[signedItems.size()] = signatures[i];
    signedItems.push_back(static_cast<std::uint32_t>(i));
  }
  signatures.resize(signedItems.size());
  return signedItems;
}

std::vector<IndexPair> candidatePairs(const std::vector<SimilarItem>& items, const std::vector<std::uint32_t>& signedItems,
                                      const std::vector<MinHashSignature>& signatures, double threshold) {
  auto allowed = [&](std::uint32_t x, std::uint32_t y) { return mayBeSimilar(items[signedItems[x]], items[signedItems[y]]); };
  const std::vector<std::uint64_t> codes = lshCandidates(signatures, chooseLshBands(threshold), allowed, scanThreads());
  std::vector<IndexPair> pairs;
  pairs.reserve(codes.size());
  for (const std::uint64_t code : codes) {
    const std::uint32_t x = static_cast<std::uint32_t>(code >> 32);
    const std::uint32_t y = static_cast<std::uint32_t>(code & 0xFFFFFFFFu);
    if (mayReach(estimatedSimilarity(signatures[x], signatures[y]), threshold)) pairs.push_back({signedItems[x], signedItems[y]});
  }
  return pairs;
}

// make(i) for each item either side of a pair, in parallel: a vector indexed by item.
template <class Value, class Make>
std::optional<std::vector<Value>> perPairedItem(const std::vector<IndexPair>& pairs, std::size_t itemCount, Make make,
                                                const std::function<bool(std::size_t)>& report) {
  std::vector<char> wanted(itemCount, 0);
  for (const IndexPair& p : pairs) wanted[p.a] = wanted[p.b] = 1;
  std::vector<std::uint32_t> list;
  for (std::size_t i = 0; i < itemCount; ++i) {
    if (wanted[i]) list.push_back(static_cast<std::uint32_t>(i));
  }
  std::vector<Value> values(itemCount);
  const bool finished = runChunked(list.size(), 16, scanThreads(), [&](std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) values[list[k]] = make(list[k]);
  }, report);
  if (!finished) return std::nullopt;
  return values;
}

// The candidates whose exact Jaccard similarity reaches the threshold (precision 1), with it.
std::optional<std::vector<IndexPair>> verify(const std::vector<SimilarItem>& items, std::vector<IndexPair> candidates,
                                             double threshold, const ScanProgress& progress) {
  auto sets = perPairedItem<std::vector<std::uint64_t>>(
      candidates, items.size(), [&](std::uint32_t i) { return shingleSet(normalizeForShingles(items[i].text).chars); },
      progress.stage(0.50, 0.60, candidates.size()));
  if (!sets) return std::nullopt;
  std::vector<IndexPair> found;
  std::mutex guard;
  const bool finished = runChunked(candidates.size(), 512, scanThreads(), [&](std::size_t begin, std::size_t end) {
    std::vector<IndexPair> mine;
    for (std::size_t k = begin; k < end; ++k) {
      IndexPair pair = candidates[k];
      pair.similarity = jaccard((*sets)[pair.a], (*sets)[pair.b]);
      if (pair.similarity >= threshold) mine.push_back(pair);
    }
    std::lock_guard lock(guard);
    found.insert(found.end(), mine.begin(), mine.end());
  }, progress.stage(0.60, 0.75, candidates.size()));
  if (!finished) return std::nullopt;
  return found;
}

std::size_t codePointCount(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// Whether the boundary before text[at] falls inside a word of a script that spaces its words
// ("35|0 ml"); Chinese has no such boundaries to respect.
bool insideWord(const std::u32string& text, std::size_t at) {
  return at > 0 && at < text.size() && text[at - 1] != U' ' && text[at] != U' ' && shingleWeight(text[at - 1]) == 1 &&
         shingleWeight(text[at]) == 1;
}

// The common passage with the pieces of words at its ends left out (in either text), and no
// space at its ends; as found when that would leave nothing.
CommonPassage wholeWords(const ShingleText& a, const ShingleText& b, CommonPassage p) {
  CommonPassage words = p;
  while (words.length > 0 && (insideWord(a.chars, words.startA) || insideWord(b.chars, words.startB))) {
    ++words.startA, ++words.startB, --words.length;
  }
  while (words.length > 0 && (insideWord(a.chars, words.startA + words.length) ||
                              insideWord(b.chars, words.startB + words.length))) {
    --words.length;
  }
  if (words.length > 0) p = words;
  while (p.length > 0 && a.chars[p.startA] == U' ') ++p.startA, ++p.startB, --p.length;
  while (p.length > 0 && a.chars[p.startA + p.length - 1] == U' ') --p.length;
  return p;
}

// The longest passage both normalised texts share, placed in the original texts.
void placePassage(const ShingleText& a, const ShingleText& b, SimilarPair& pair) {
  const CommonPassage common = wholeWords(a, b, longestCommonPassage(a.chars, b.chars));
  const std::size_t startA = common.startA;
  const std::size_t startB = common.startB;
  const std::size_t length = common.length;
  if (length == 0) return;
  const std::size_t endA = std::min<std::size_t>(a.origin[startA + length - 1] + 1, codePointCount(pair.a.text));
  const std::size_t endB = std::min<std::size_t>(b.origin[startB + length - 1] + 1, codePointCount(pair.b.text));
  pair.passageStartA = std::min<std::size_t>(a.origin[startA], endA);
  pair.passageStartB = std::min<std::size_t>(b.origin[startB], endB);
  pair.passageLength = endA - pair.passageStartA;
  pair.passageLengthB = endB - pair.passageStartB;
  pair.passage = std::string(utf8::codePointRange(pair.a.text, pair.passageStartA, pair.passageLength));
}

std::optional<std::vector<SimilarPair>> withPassages(const std::vector<SimilarItem>& items,
                                                     const std::vector<IndexPair>& found, const ScanProgress& progress) {
  auto texts = perPairedItem<ShingleText>(
      found, items.size(), [&](std::uint32_t i) { return normalizeForShingles(items[i].text, true); },
      progress.stage(0.75, 0.85, found.size()));
  if (!texts) return std::nullopt;
  std::vector<SimilarPair> pairs(found.size());
  const bool finished = runChunked(found.size(), 8, scanThreads(), [&](std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) {
      SimilarPair& pair = pairs[k];
      pair.a = items[found[k].a];
      pair.b = items[found[k].b];
      pair.similarity = found[k].similarity;
      placePassage((*texts)[found[k].a], (*texts)[found[k].b], pair);
    }
  }, progress.stage(0.85, 1.0, found.size()));
  if (!finished) return std::nullopt;
  return pairs;
}

}  // namespace

Result<std::vector<SimilarPair>> findSimilarTexts(const std::vector<SimilarItem>& items, const SimilarOptions& options) {
  if (!(options.threshold > 0 && options.threshold <= 1)) {
    return makeError("checks.threshold", ErrorCode::InvalidInput);
  }
  const ScanProgress progress(options, items.size());
  std::vector<MinHashSignature> signatures;
  auto signedItems = signTexts(items, options.minLength, signatures, progress.stage(0, 0.5, items.size()));
  if (!signedItems) return cancelled();
  std::vector<IndexPair> candidates = candidatePairs(items, *signedItems, signatures, options.threshold);
  signatures = {};
  auto found = verify(items, std::move(candidates), options.threshold, progress);
  if (!found) return cancelled();
  // Most similar first; among equals, in the order the items came.
  std::sort(found->begin(), found->end(), [](const IndexPair& x, const IndexPair& y) {
    if (x.similarity != y.similarity) return x.similarity > y.similarity;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  auto pairs = withPassages(items, *found, progress);
  if (!pairs || !progress.finish()) return cancelled();
  return std::move(*pairs);
}

}  // namespace copydesk
