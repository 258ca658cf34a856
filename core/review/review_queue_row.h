#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/checks/check_summary_store.h"
#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"
#include "core/store/draft_store.h"

namespace copydesk {

// One line of a review queue: the draft without its text (a reviewer's view loads the current
// draft whole), its product's title and the stored summary of its checks.
struct ReviewQueueRow {
  Draft draft;
  std::string productTitle;
  std::optional<CheckSummary> checks;  // nullopt: not checked yet with the rules in force
};

// The rows of these drafts (ids in ascending order), one per id and in the same order: a draft
// no longer stored gets a row holding only its id. The check summaries are those made with the
// rule book of `checksFingerprint` ("": none are read).
Result<std::vector<ReviewQueueRow>> loadReviewQueueRows(Database& db, const std::vector<std::int64_t>& ids,
                                                        const std::string& checksFingerprint = {});

// What a new filter brings: every matching id (in id order) and the rows of the first page.
struct ReviewQueueStart {
  std::vector<std::int64_t> ids;
  std::vector<ReviewQueueRow> firstRows;
};

// The summaries read are those of query.checksFingerprint.
Result<ReviewQueueStart> loadReviewQueueStart(Database& db, const DraftQuery& query, int firstRows);

}  // namespace copydesk
