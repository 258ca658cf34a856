#pragma once

#include <cstdint>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// The products' full-text index may lag a bulk import: the import commits its products with their
// ids in products_fts_pending (schema v5) and leaves indexing to this class, so that an import costs
// what writing the rows costs. Until a pending row is indexed, product searches read it with LIKE
// (productFilterSql), so search results are complete at every moment.
class ProductSearchIndex final {
 public:
  explicit ProductSearchIndex(Database& db) : m_db(db) {}

  // Products written but not yet in the full-text index.
  Result<std::int64_t> pending();
  // Indexes up to maxRows pending products (lowest ids first) in one transaction of its own and
  // returns how many it indexed; 0 once nothing is pending. Small batches keep the write lock short
  // for other connections; call it until it returns 0 (a background job can stop between calls).
  Result<std::int64_t> indexPending(std::int64_t maxRows = 20000);
  // Indexes everything pending.
  Status indexAll();

 private:
  Database& m_db;
};

}  // namespace copydesk
