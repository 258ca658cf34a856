#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"
#include "core/store/question.h"

namespace copydesk {

// A question as the studio lists it: with where its answer stands.
struct QuestionWithAnswer {
  Question question;
  std::int64_t answers = 0;                 // drafts answering it
  std::optional<DraftStatus> bestStatus;    // the furthest along of them: exported, approved, submitted, draft, rejected
  std::int64_t bestDraftId = 0;             // that draft (the newest of that status)
};

// The questions of these products (in the order given, each product's in import order) and their
// answers' state: what the Questions pane shows for the selected products.
Result<std::vector<QuestionWithAnswer>> questionsWithAnswers(Database& db, const std::vector<std::int64_t>& productIds);

}  // namespace copydesk
