#pragma once

#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"
#include "core/store/draft_store.h"

namespace copydesk::ui {

// One line of the review queue: the draft without its text (the pane loads the current draft
// whole) and its product's title.
struct ReviewQueueRow {
  Draft draft;
  std::string productTitle;
};

// The drafts matching the query in id order, each with its product's title.
Result<std::vector<ReviewQueueRow>> loadReviewQueue(Database& db, const DraftQuery& query);

}  // namespace copydesk::ui
