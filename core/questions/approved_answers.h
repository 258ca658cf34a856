#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// A question with its approved answer: the latest approved (or exported) draft that answers it.
struct ApprovedAnswer {
  std::int64_t productId = 0;
  std::string sku;
  std::int64_t questionId = 0;
  std::string question;
  std::int64_t draftId = 0;
  std::string answer;
};

// Every question with an approved answer, by product (catalog order), then in import order.
Result<std::vector<ApprovedAnswer>> readApprovedAnswers(Database& db);

}  // namespace copydesk
