#pragma once

#include <cstdint>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/pending_search_index.h"

namespace copydesk {

// The products' full-text index may lag a bulk import: the import commits its products with their
// ids in products_fts_pending (schema v5) and leaves indexing to this class, so that an import costs
// what writing the rows costs. Until a pending row is indexed, product searches read it with LIKE
// (productFilterSql), so search results are complete at every moment.
class ProductSearchIndex final : public PendingSearchIndex {
 public:
  explicit ProductSearchIndex(Database& db);
};

}  // namespace copydesk
