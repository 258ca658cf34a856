#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/draft.h"

namespace copydesk {

// A draft's status as every reader must see it: "exported" is not stored but derived. A stored
// 'approved' draft reads exported once an export made after its approval carries it (export_items
// with an id above the draft's export_floor); rows stored 'exported' by older files read as stored.
// The drafts table must be aliased d.
inline constexpr std::string_view kDraftStatusSql =
    "(CASE WHEN d.status = 'approved' AND EXISTS (SELECT 1 FROM export_items ei WHERE ei.draft_id = d.id "
    "AND ei.export_id > d.export_floor) THEN 'exported' ELSE d.status END)";

// Drafts by the worst finding of their stored check summary (core/checks/check_summary_store.h).
enum class WorstFinding { Any, Error, Warning, Info, Clean, Unchecked };

struct DraftQuery {
  std::optional<DraftStatus> status;
  std::string sku;
  std::optional<std::int64_t> productId;
  std::string field;
  std::string templateName;
  std::string channel;  // the channel of the template version that made the draft
  std::string author;   // the writer
  std::optional<std::int64_t> batchId;
  // A persona's name (issue 13): drafts written for it; "" drafts written for no persona.
  std::optional<std::string> persona;
  // A translation's language (issue 14): drafts in it; "" copy in the catalog's own language.
  std::optional<std::string> language;
  std::optional<std::int64_t> questionId;  // the answers to this question (issue 14); 0: drafts answering none
  std::string search;  // full text over the drafts' current text (Chinese included)
  WorstFinding worst = WorstFinding::Any;
  std::string checksFingerprint;  // the rule book's: summaries made with other rules count as unchecked
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
  // The same without reading the draft back, for writers that need only its id (the batch
  // writer); the statements stay prepared for the next call on this DraftStore.
  Result<std::int64_t> insert(const NewDraft& draft);
  Result<std::optional<Draft>> get(std::int64_t id);
  Result<std::vector<Draft>> list(const DraftQuery& query = {});
  // The ids list() would return, in the same order, without reading the drafts: for views that
  // page their rows in (the review queue of 100,000 drafts).
  Result<std::vector<std::int64_t>> ids(const DraftQuery& query = {});
  // The drafts with these ids in id order, text left empty (ids not stored are left out).
  Result<std::vector<Draft>> withoutText(const std::vector<std::int64_t>& ids);

  // Saves a new version of the text. Text that had been submitted, approved or exported goes
  // back to draft: what a reviewer approved is never changed behind their back. With seenVersion
  // (the rowVersion the writer started from), a draft someone changed since is not overwritten:
  // ErrorCode::Conflict `draft.edit-conflict` names who saved it last and when.
  Result<Draft> editText(std::int64_t id, const std::string& text, const std::string& author,
                         std::optional<std::int64_t> seenVersion = {});
  Result<std::vector<DraftEdit>> history(std::int64_t draftId);  // oldest first

  // The exporter never sets Exported (its export_items mark the drafts); a stored 'exported' is
  // still read as exported, as older files hold it.
  // With seenVersion, only if the draft is still at that version (ErrorCode::Conflict
  // `draft.version-conflict` otherwise: the caller says who changed it). A status change ends any
  // reviewer's claim on the draft.
  Status setStatus(std::int64_t id, DraftStatus status, std::optional<std::int64_t> seenVersion = {});
  // Makes this draft the working copy of its product's field for its persona and language (and no other).
  Status setWorking(std::int64_t id);

 private:
  Error editConflict(std::int64_t id);
  static Error notFound(std::int64_t id);

  Database& m_db;
  Statement m_insert;
  Statement m_insertEdit;
};

}  // namespace copydesk
