#include "core/batch/approved_sources.h"

#include <algorithm>

#include "core/store/draft_store.h"

namespace copydesk::batch {

Result<std::vector<std::int64_t>> approvedSourceDrafts(Database& db) {
  DraftStore drafts(db);
  std::vector<std::int64_t> ids;
  for (DraftStatus status : {DraftStatus::Approved, DraftStatus::Exported}) {
    DraftQuery query{.status = status};
    query.language = "";
    auto found = drafts.ids(query);
    if (!found) return found.error();
    ids.insert(ids.end(), found->begin(), found->end());
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace copydesk::batch
