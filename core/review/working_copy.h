#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"

namespace copydesk {

// The writer's text for one field of one product, as the copy editor holds it.
struct WorkingCopy {
  std::int64_t draftId = 0;    // the draft being edited; 0: no draft yet, the text is written by hand
  std::int64_t productId = 0;  // with draftId 0: whose copy it is …
  std::string field;           // … and of which field
  std::string text;
  bool submit = false;         // then send it to the reviewers
  std::string author;          // "" : reviewerName()
  // The draft's rowVersion when the editor loaded it: a draft someone else saved since is not
  // overwritten (ErrorCode::Conflict `draft.edit-conflict`; the editor shows both texts and the
  // writer chooses, then saves again with the version they chose over).
  std::optional<std::int64_t> seenVersion;
};

// Save, or save then submit, in one transaction (a refused submission saves nothing either):
// - no draft yet: the text becomes a new draft and the field's working copy;
// - a draft whose stored text differs: a new version (ReviewService::edit: edited approved or
//   submitted text goes back to draft and needs approval again);
// - the same text: nothing is written.
// Then, when asked, the draft is submitted (ReviewService's rules: not blank, not already in review).
// Returns the draft as stored afterwards. The studio's Save / Submit for review and
// `copydesk-cli edit` both come here.
Result<Draft> saveWorkingCopy(Database& db, const WorkingCopy& copy);

}  // namespace copydesk
