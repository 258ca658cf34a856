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

Result<std::vector<std::int64_t>> approvedAmong(Database& db, const std::vector<std::int64_t>& ids) {
  auto drafts = DraftStore(db).withoutText(ids);
  if (!drafts) return drafts.error();
  std::vector<std::int64_t> approved;
  for (std::int64_t id : ids) {
    for (const Draft& d : *drafts) {
      if (d.id == id && (d.status == DraftStatus::Approved || d.status == DraftStatus::Exported)) approved.push_back(id);
    }
  }
  return approved;
}

}  // namespace copydesk::batch
