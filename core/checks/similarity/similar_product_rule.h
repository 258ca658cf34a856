#pragma once

#include "core/checks/similarity/similar_texts.h"

namespace copydesk {

// Sameness is across the catalog: a draft against its own product's description, or two drafts
// (variants, fields) of one product, are the same product talking about itself and never a pair.
// An item without a product (productId 0, texts fed in directly) pairs with anything.
inline bool mayBeSimilar(const SimilarItem& a, const SimilarItem& b) {
  return a.productId == 0 || b.productId == 0 || a.productId != b.productId;
}

}  // namespace copydesk
