#include "core/store/draft_search_index.h"

namespace copydesk {

DraftSearchIndex::DraftSearchIndex(Database& db)
    : PendingSearchIndex(db, PendingIndexTables{"drafts_fts_pending", "drafts_fts", "rowid, text", "drafts", "s.id, s.text", "drafts"}) {}

}  // namespace copydesk
