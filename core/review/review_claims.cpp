#include "core/review/review_claims.h"

#include "core/review/reviewer_name.h"
#include "core/store/draft_store.h"
#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

// The id of the first submitted draft this reviewer holds or nobody holds (an expired claim is
// nobody's), their own first. On PostgreSQL a row another reviewer is claiming right now is skipped
// rather than waited for; when that claim commits first, FOR UPDATE re-reads the row and the
// claim it now carries keeps it out.
std::string nextFreeSql(const Database& db) {
  return "SELECT id FROM drafts WHERE status = 'submitted' AND (claimed_by IS NULL OR claimed_by = ?1 OR "
         "claim_expires <= " + storeClock(db, 0) + ") ORDER BY CASE WHEN claimed_by = ?1 THEN 0 ELSE 1 END, id "
         "LIMIT 1" + std::string(db.isPostgres() ? " FOR UPDATE SKIP LOCKED" : "");
}

}  // namespace

Result<std::optional<Draft>> claimNextDraft(Database& db, const ClaimRequest& request) {
  const std::string who = reviewerName(db, request.reviewer);
  const int seconds = static_cast<int>(request.hold.count());
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  auto claim = db.prepare("UPDATE drafts SET claimed_by = ?1, claim_expires = " + storeClock(db, seconds) +
                          " WHERE id = (" + nextFreeSql(db) + ") RETURNING id");
  if (!claim) return claim.error();
  claim->bind(1, who);
  if (!claim->step()) {
    if (!claim->ok()) return db.lastError("claiming the next draft to review");
    return std::optional<Draft>{};
  }
  const std::int64_t id = claim->integer(0);
  claim->reset();
  auto draft = DraftStore(db).get(id);
  if (!draft) return draft.error();
  if (auto st = tx.commit(); !st) return st.error();
  return std::move(*draft);
}

Status releaseClaim(Database& db, std::int64_t draftId, const std::string& reviewer) {
  auto release = db.prepare("UPDATE drafts SET claimed_by = NULL, claim_expires = NULL WHERE id = ? AND claimed_by = ?");
  if (!release) return release.error();
  if (!release->bind(1, draftId).bind(2, reviewerName(db, reviewer)).run()) {
    return db.lastError("giving a draft back to the queue");
  }
  return {};
}

}  // namespace copydesk
