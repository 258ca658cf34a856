#pragma once

#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// What a review queue can be filtered by: every template, every channel a template version
// was written for, and everyone who wrote a draft; each sorted.
struct ReviewFilterChoices {
  std::vector<std::string> templates;
  std::vector<std::string> channels;
  std::vector<std::string> writers;
  std::vector<std::string> personas;  // every persona a draft was written for (issue 13)
};

Result<ReviewFilterChoices> loadReviewFilterChoices(Database& db);

}  // namespace copydesk
