#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// One text taking part in the sameness scan: a draft (draftId > 0) or a product's current
// description in the catalog (draftId == 0).
struct SimilarItem {
  std::int64_t draftId = 0;
  std::int64_t productId = 0;
  std::string sku;
  std::string field;  // the draft's field; "description" for the catalog's copy
  std::string text;
};

// Two texts of different products that say nearly the same thing.
struct SimilarPair {
  SimilarItem a;
  SimilarItem b;
  double similarity = 0;     // Jaccard similarity of their character shingles, 0..1
  // The longest passage they share (compared as the scan compares: case, whitespace, punctuation
  // and markup aside), as a.text has it. Empty only when they share no word at all.
  std::string passage;
  std::size_t passageStartA = 0;   // code points into a.text
  std::size_t passageStartB = 0;   // code points into b.text
  std::size_t passageLength = 0;   // code points of the passage in a.text
  std::size_t passageLengthB = 0;  // code points of the passage in b.text (its spaces, punctuation or markup may differ)
};

struct SimilarOptions {
  double threshold = 0.7;      // pairs at or above it are reported; must be in (0, 1] (else InvalidInput)
  // Texts shorter than this are left out: short titles look alike by nature. Counted in code points
  // of what a reader sees (an HTML description without its markup).
  std::size_t minLength = 60;
  bool drafts = true;          // every draft's current text, except rejected drafts (their text will not ship)
  bool descriptions = true;    // every product's current description
  // Called on the calling thread only (the work runs on every core, the reports do not), about
  // every 128 texts signed and every few hundred pairs checked. `total` is fixed for a scan: twice
  // the texts read; the first half counts texts signed, the second the candidate pairs checked and
  // the passages found. Returning false cancels: the scan stops within one chunk of work and
  // returns ErrorCode::Cancelled. findSimilar reads the store before the first report.
  std::function<bool(std::size_t done, std::size_t total)> progress;
};

// Scans the store (read only) for near-duplicate pairs at or above the threshold, most similar
// first. A pair is two texts of different products: drafts (a draft of the pair comes first as a)
// and catalog descriptions. Reads on the calling thread with `db`; the signatures are computed on
// every core.
Result<std::vector<SimilarPair>> findSimilar(Database& db, const SimilarOptions& options = {});

// The same scan over texts given directly (tests, the bench): findSimilar reads the store and
// calls this. options.drafts and options.descriptions are not looked at; items of the same
// productId (other than 0) never pair. In a pair, a is the item that came first. Similarities
// are exact Jaccard similarities of the shingle sets; MinHash and LSH only pick the candidates
// (recall at the threshold ≥ 0.95, tests/checks/similarity_test.cpp).
Result<std::vector<SimilarPair>> findSimilarTexts(const std::vector<SimilarItem>& items,
                                                  const SimilarOptions& options = {});

}  // namespace copydesk
