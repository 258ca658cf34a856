#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// Keeps an import's rows out of the full-text index while it writes them. The schema's
// products_fts_insert/_update triggers are set aside inside the import's transaction; a temporary
// trigger takes an updated row's old text out of the index; finish() lists every written row in
// products_fts_pending (schema v5) and puts the original triggers back. The rows are indexed later
// by ProductSearchIndex (in the same transaction or after the commit, as the import asks); searches
// read pending rows with LIKE meanwhile. A rollback undoes all of it.
// Measured: indexing row by row costs about 4x more than in one statement, and the index is most of
// an import's cost (docs/benchmarks.md, "Catalog import").
class SearchIndexDeferral final {
 public:
  explicit SearchIndexDeferral(Database& db) : m_db(db) {}

  // Call inside the caller's transaction, before writing products. If the schema does not have the
  // expected triggers, nothing is deferred and the schema's own triggers keep doing the work.
  Status begin();
  Status finish();

 private:
  Database& m_db;
  bool m_active = false;
  std::int64_t m_lastIdBefore = 0;        // rows above it were inserted by the import
  std::vector<std::string> m_triggerSql;  // the schema's triggers, to restore verbatim
};

}  // namespace copydesk
