#include "core/store/search_index_step.h"

#include "core/store/draft_search_index.h"
#include "core/store/product_search_index.h"

namespace copydesk {

Result<SearchIndexStep> indexSearchStep(Database& db, std::int64_t maxRows) {
  SearchIndexStep step;
  auto products = ProductSearchIndex(db).indexPending(maxRows);
  if (!products) return products.error();
  step.products = *products;
  if (step.products == 0) {
    auto drafts = DraftSearchIndex(db).indexPending(maxRows);
    if (!drafts) return drafts.error();
    step.drafts = *drafts;
  }
  auto remaining = rowsWaitingForSearchIndex(db);
  if (!remaining) return remaining.error();
  step.remaining = *remaining;
  return step;
}

Result<std::int64_t> rowsWaitingForSearchIndex(Database& db) {
  auto products = ProductSearchIndex(db).pending();
  if (!products) return products.error();
  auto drafts = DraftSearchIndex(db).pending();
  if (!drafts) return drafts.error();
  return *products + *drafts;
}

}  // namespace copydesk
