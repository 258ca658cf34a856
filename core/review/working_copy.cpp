#include "core/review/working_copy.h"

#include "core/review/review_service.h"
#include "core/review/reviewer_name.h"
#include "core/store/draft_store.h"

namespace copydesk {
namespace {

Result<Draft> createByHand(Database& db, const WorkingCopy& copy) {
  NewDraft written;
  written.productId = copy.productId;
  written.field = copy.field;
  written.text = copy.text;
  written.author = reviewerName(db, copy.author);
  DraftStore drafts(db);
  auto created = drafts.create(written);
  if (!created) return created.error();
  if (auto st = drafts.setWorking(created->id); !st) return st.error();
  created->isWorking = true;
  return created;
}

Result<Draft> saveText(Database& db, const WorkingCopy& copy) {
  if (copy.draftId == 0) return createByHand(db, copy);
  auto current = DraftStore(db).get(copy.draftId);
  if (!current) return current.error();
  if (!*current) return makeError(ErrorCode::NotFound, "draft " + std::to_string(copy.draftId) + " no longer exists");
  if ((*current)->text == copy.text) return std::move(**current);
  return ReviewService(db).edit(copy.draftId, copy.text, copy.author, copy.seenVersion);
}

}  // namespace

Result<Draft> saveWorkingCopy(Database& db, const WorkingCopy& copy) {
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  auto stored = saveText(db, copy);
  if (!stored) return stored.error();
  if (copy.submit) {
    stored = ReviewService(db).submit(stored->id, copy.author);
    if (!stored) return stored.error();
  }
  if (auto st = tx.commit(); !st) return st.error();
  return stored;
}

}  // namespace copydesk
