#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/checks/check_input.h"
#include "core/checks/finding.h"
#include "core/checks/rule_book.h"
#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"
#include "core/store/product.h"

namespace copydesk {

// Everything a stored draft is checked against, read once: the draft, its product (the facts),
// the check channel its template's market and its field name, the keywords it was written for.
// The studio loads it on the store thread when a draft is shown and re-runs the checks off the
// GUI thread on every edit of the working copy with subject.input(workingText).
struct DraftCheckSubject {
  Draft draft;
  Product product;
  std::string channel;  // "" when no channel of the rule book matches
  std::vector<std::string> keywords;
  std::string sourceText;  // a translation's source draft's text (issue 14); "" otherwise

  CheckInput input(std::string_view text) const;  // product and keywords point into this subject
};

Result<DraftCheckSubject> loadDraftCheckSubject(Database& db, const RuleBook& book, std::int64_t draftId);

// The findings of a stored draft's current text.
Result<std::vector<Finding>> checkDraft(Database& db, const RuleBook& book, std::int64_t draftId);

// True when the text holds HTML markup (a Shopify or WooCommerce description).
bool looksLikeHtml(std::string_view text);

}  // namespace copydesk
