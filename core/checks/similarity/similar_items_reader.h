#pragma once

#include <vector>

#include "core/common/result.h"
#include "core/checks/similarity/similar_texts.h"
#include "core/store/database.h"

namespace copydesk {

// The texts findSimilar compares, read from the store (read only), drafts first (by id), then the
// catalog's descriptions (by product id), each with its product's SKU:
// - every draft's current text (drafts.text, the latest edit) unless the draft is rejected: a
//   rejected text will not ship, and a writer's fresh draft, a submitted, approved or exported one,
//   or one an approval superseded (back to 'draft') can all still reach the shop;
// - every product's description in the catalog, as imported.
// Texts whose SQLite length (code points) is below options.minLength are not read at all;
// findSimilarTexts applies the exact rule (markup aside) to the rest.
Result<std::vector<SimilarItem>> readSimilarItems(Database& db, const SimilarOptions& options);

}  // namespace copydesk
