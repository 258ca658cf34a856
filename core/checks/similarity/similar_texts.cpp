#include "core/checks/similarity/similar_texts.h"

#include "core/checks/similarity/similar_items_reader.h"
#include "core/common/error_id.h"

namespace copydesk {

Result<std::vector<SimilarPair>> findSimilar(Database& db, const SimilarOptions& options) {
  if (!(options.threshold > 0 && options.threshold <= 1)) {
    return makeError("checks.threshold", ErrorCode::InvalidInput);
  }
  auto items = readSimilarItems(db, options);
  if (!items) return items.error();
  return findSimilarTexts(*items, options);
}

}  // namespace copydesk
