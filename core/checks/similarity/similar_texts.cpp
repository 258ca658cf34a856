#include "core/checks/similarity/similar_texts.h"

#include "core/checks/similarity/similar_items_reader.h"

namespace copydesk {

Result<std::vector<SimilarPair>> findSimilar(Database& db, const SimilarOptions& options) {
  if (!(options.threshold > 0 && options.threshold <= 1)) {
    return makeError(ErrorCode::InvalidInput, "the threshold must be above 0 and at most 1", "threshold");
  }
  auto items = readSimilarItems(db, options);
  if (!items) return items.error();
  return findSimilarTexts(*items, options);
}

}  // namespace copydesk
