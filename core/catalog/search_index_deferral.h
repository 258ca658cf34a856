#pragma once

#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// Indexes imported products for full-text search once at the end of an import instead of row by
// row. The schema's products_fts_insert/_update triggers are set aside inside the import's
// transaction; temporary triggers record which rows were written (and take an updated row's old
// text out of the index first); finish() indexes those rows in one statement and puts the
// original triggers back. A rollback undoes all of it, so search is never left half-indexed.
// Measured: about 4x less work than the per-row triggers (docs/benchmarks.md, "Catalog import").
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
  std::vector<std::string> m_triggerSql;  // the schema's triggers, to restore verbatim
  std::vector<std::string> m_columns;     // products_fts columns (same names as in products)
};

}  // namespace copydesk
