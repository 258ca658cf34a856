#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"

namespace copydesk {

// The review queue of a team: each reviewer asks for the next submitted draft and gets one no
// other reviewer holds, held for them until the claim expires (a reviewer who walks away does not
// keep a draft from the others for long). Asking again while holding an undecided draft hands back
// the same one; deciding a draft ends its claim (DraftStore::setStatus).
//
// On PostgreSQL the claim is taken with SELECT … FOR UPDATE SKIP LOCKED on the drafts row itself,
// so reviewers asking at the same moment never wait for each other nor get the same draft; on
// SQLite, writes are serialised anyway. Expiry is judged by the store's clock (storeClock), not by
// each desk's.
struct ClaimRequest {
  std::string reviewer;  // "" : reviewerName() (current_user on a team store)
  std::chrono::seconds hold{std::chrono::minutes(15)};
};

// The claimed draft, or none when no submitted draft is free.
Result<std::optional<Draft>> claimNextDraft(Database& db, const ClaimRequest& request = {});

// Gives a held draft back to the queue before its claim expires (only the holder's own claim).
Status releaseClaim(Database& db, std::int64_t draftId, const std::string& reviewer = {});

}  // namespace copydesk
