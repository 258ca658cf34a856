#include "core/review/review_context.h"

#include "core/review/live_copy.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/common/error_id.h"

namespace copydesk {

Result<ReviewContext> loadReviewContext(Database& db, std::int64_t draftId) {
  auto draft = DraftStore(db).get(draftId);
  if (!draft) return draft.error();
  if (!*draft) return makeError("draft.not-found", ErrorCode::NotFound, {std::to_string(draftId)});
  ReviewContext context;
  context.draft = std::move(**draft);
  auto product = ProductStore(db).findById(context.draft.productId);
  if (!product) return product.error();
  if (*product) {
    context.productTitle = (*product)->title;
    context.liveText = liveCopy(**product, context.draft.field);
  }
  ReviewStore reviews(db);
  auto last = reviews.lastApproval(context.draft.productId, context.draft.field, context.draft.personaId,
                                   context.draft.language, context.draft.questionId);
  if (!last) return last.error();
  context.lastApproval = std::move(*last);
  auto history = reviews.forDraft(draftId);
  if (!history) return history.error();
  context.history = std::move(*history);
  if (context.draft.sourceDraftId) {
    // Shown beside the translation; a source deleted since leaves the translation on its own.
    auto source = DraftStore(db).get(*context.draft.sourceDraftId);
    if (!source) return source.error();
    context.source = std::move(*source);
  }
  return context;
}

}  // namespace copydesk
