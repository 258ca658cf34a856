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
  std::string passage;       // the longest passage they share
  std::size_t passageStartA = 0;  // code points into a.text
  std::size_t passageStartB = 0;  // code points into b.text
  std::size_t passageLength = 0;  // code points
};

struct SimilarOptions {
  double threshold = 0.7;
  std::size_t minLength = 60;  // texts shorter than this (code points) are left out: short titles look alike by nature
  bool drafts = true;          // every draft's current text
  bool descriptions = true;    // every product's current description
  std::function<bool(std::size_t done, std::size_t total)> progress;  // false: cancel
};

// Scans the store (read only) for near-duplicate pairs above the threshold, most similar first.
Result<std::vector<SimilarPair>> findSimilar(Database& db, const SimilarOptions& options = {});

}  // namespace copydesk
