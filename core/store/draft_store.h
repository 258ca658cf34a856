#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"

namespace copydesk {

struct DraftQuery {
  std::optional<DraftStatus> status;
  std::string sku;
  std::optional<std::int64_t> productId;
  std::string field;
  std::string templateName;
  std::optional<std::int64_t> batchId;
  std::string search;  // full text over the drafts' current text (Chinese included)
  std::int64_t limit = -1;
};

// Drafts and their edit history. Status rules (who may move a draft where, the audit trail)
// live in core/review; this class only stores.
class DraftStore final {
 public:
  explicit DraftStore(Database& db) : m_db(db) {}

  // Inserts the draft and its first edit. A second draft for the same batch slot is refused
  // with ErrorCode::InvalidInput ("already has a draft").
  Result<Draft> create(const NewDraft& draft);
  Result<std::optional<Draft>> get(std::int64_t id);
  Result<std::vector<Draft>> list(const DraftQuery& query = {});

  // Saves a new version of the text. Text that had been submitted, approved or exported goes
  // back to draft: what a reviewer approved is never changed behind their back.
  Result<Draft> editText(std::int64_t id, const std::string& text, const std::string& author);
  Result<std::vector<DraftEdit>> history(std::int64_t draftId);  // oldest first

  Status setStatus(std::int64_t id, DraftStatus status);
  // Makes this draft the working copy of its product's field (and no other).
  Status setWorking(std::int64_t id);

 private:
  Database& m_db;
};

}  // namespace copydesk
