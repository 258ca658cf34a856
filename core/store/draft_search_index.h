#pragma once

#include <cstdint>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// The drafts' full-text index may lag a running batch: drafts with a batch_id are listed in
// drafts_fts_pending when written (schema v6) and indexed here in bulk by the batch writer, as
// indexing each small transaction's drafts was over half of its work. Draft searches read pending
// drafts with LIKE meanwhile (DraftStore::list), so results are complete at every moment.
class DraftSearchIndex final {
 public:
  explicit DraftSearchIndex(Database& db) : m_db(db) {}

  Result<std::int64_t> pending();
  // Indexes up to maxRows pending drafts (lowest ids first) in one transaction (a savepoint inside
  // the caller's) and returns how many; 0 once nothing is pending.
  Result<std::int64_t> indexPending(std::int64_t maxRows = 20000);
  Status indexAll();

 private:
  Database& m_db;
};

}  // namespace copydesk
