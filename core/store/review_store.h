#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// One decision about a draft: who moved it from which status to which, why, and about what text.
struct Review {
  std::int64_t id = 0;
  std::int64_t draftId = 0;
  std::string action;      // submit, approve, reject, edit, supersede
  std::string fromStatus;
  std::string toStatus;
  std::string reviewer;
  std::string comment;
  std::string text;        // the exact text the decision was about
  std::string createdAt;
};

// The reviews table. The rules for who may decide what live in core/review (ReviewService).
class ReviewStore final {
 public:
  explicit ReviewStore(Database& db) : m_db(db) {}

  // Inserts the review (id and createdAt are filled in) and returns it.
  Result<Review> add(Review review);
  Result<std::vector<Review>> forDraft(std::int64_t draftId);  // oldest first
  // The newest approval of any draft of this product's field, with the text exactly as approved
  // (a draft edited since then still shows what had been approved); none if never approved.
  // Of the drafts for that persona only (none: the drafts for no persona; issue 13), and of the
  // answers to that question only (none: drafts answering no question; issue 14).
  Result<std::optional<Review>> lastApproval(std::int64_t productId, const std::string& field,
                                             std::optional<std::int64_t> personaId = {},
                                             const std::string& language = {},
                                             std::optional<std::int64_t> questionId = {});

 private:
  Database& m_db;
};

}  // namespace copydesk
