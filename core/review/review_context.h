#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"
#include "core/store/review_store.h"

namespace copydesk {

// What a reviewer looks at to decide about one draft: its text, what the shop shows now, what was
// last approved for the same product and field, and every decision already made about it.
struct ReviewContext {
  Draft draft;
  std::string productTitle;
  std::string liveText;                 // liveCopy() of the product's field
  std::optional<Review> lastApproval;   // ReviewStore::lastApproval() of the product's field
  std::vector<Review> history;          // the draft's reviews, oldest first
  std::optional<Draft> source;          // a translation's source draft as it is now (issue 14)
};

Result<ReviewContext> loadReviewContext(Database& db, std::int64_t draftId);

}  // namespace copydesk
