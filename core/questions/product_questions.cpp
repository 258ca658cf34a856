#include "core/questions/product_questions.h"

#include "core/store/draft_store.h"
#include "core/store/question_store.h"

namespace copydesk {
namespace {

// How far along a status is, for choosing which answer to show: a rejected answer counts least.
int rank(DraftStatus status) {
  switch (status) {
    case DraftStatus::Exported: return 4;
    case DraftStatus::Approved: return 3;
    case DraftStatus::Submitted: return 2;
    case DraftStatus::Draft: return 1;
    case DraftStatus::Rejected: return 0;
  }
  return 0;
}

}  // namespace

Result<std::vector<QuestionWithAnswer>> questionsWithAnswers(Database& db, const std::vector<std::int64_t>& productIds) {
  QuestionStore questions(db);
  DraftStore drafts(db);
  std::vector<QuestionWithAnswer> out;
  for (std::int64_t productId : productIds) {
    auto stored = questions.forProduct(productId);
    if (!stored) return stored.error();
    for (Question& q : *stored) {
      QuestionWithAnswer item{std::move(q), 0, std::nullopt, 0};
      DraftQuery query{.productId = productId};
      query.questionId = item.question.id;
      auto ids = drafts.ids(query);
      if (!ids) return ids.error();
      auto answers = drafts.withoutText(*ids);
      if (!answers) return answers.error();
      item.answers = static_cast<std::int64_t>(answers->size());
      for (const Draft& d : *answers) {  // id order: a later draft of the same rank wins
        if (!item.bestStatus || rank(d.status) >= rank(*item.bestStatus)) {
          item.bestStatus = d.status;
          item.bestDraftId = d.id;
        }
      }
      out.push_back(std::move(item));
    }
  }
  return out;
}

}  // namespace copydesk
