#pragma once

#include <cstdint>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/pending_search_index.h"

namespace copydesk {

// The drafts' full-text index may lag a running batch: drafts with a batch_id are listed in
// drafts_fts_pending when written (schema v6) and indexed here in bulk by the batch writer, as
// indexing each small transaction's drafts was over half of its work. Draft searches read pending
// drafts with LIKE meanwhile (DraftStore::list), so results are complete at every moment.
class DraftSearchIndex final : public PendingSearchIndex {
 public:
  explicit DraftSearchIndex(Database& db);
};

}  // namespace copydesk
