#include "core/store/draft_store.h"

#include <array>

#include "core/common/paths.h"
#include "core/store/id_array.h"
#include "core/store/sql_dialect.h"
#include "core/store/text_search.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

constexpr std::array<std::string_view, 5> kStatusNames = {"draft", "submitted", "approved", "rejected", "exported"};

constexpr std::string_view kDraftJoins =
    " FROM drafts d JOIN products p ON p.id = d.product_id "
    "LEFT JOIN template_versions v ON v.id = d.template_version_id "
    "LEFT JOIN templates t ON t.id = v.template_id "
    "LEFT JOIN personas pe ON pe.id = d.persona_id "
    "LEFT JOIN questions qu ON qu.id = d.question_id";

// A translation is outdated once its source has a text version newer than the one it was made from.
constexpr std::string_view kOutdatedSql =
    "CASE WHEN d.source_draft_id IS NOT NULL AND d.source_edit_id < (SELECT max(se.id) FROM draft_edits se "
    "WHERE se.draft_id = d.source_draft_id) THEN 1 ELSE 0 END";

// Without the text, the columns read the same; the text column reads ''.
std::string selectSql(bool withText = true) {
  return "SELECT d.id, d.product_id, p.sku, d.field, d.template_version_id, coalesce(t.name, ''), "
         "coalesce(v.version, 0), d.generation_id, d.batch_id, d.variant, d.model, " +
         std::string(withText ? "d.text, " : "'', ") + std::string(kDraftStatusSql) +
         ", d.is_working, d.author, d.created_at, d.updated_at, coalesce(v.channel, ''), d.row_version, "
         "coalesce(d.claimed_by, ''), coalesce(d.claim_expires, ''), d.persona_id, coalesce(pe.name, ''), "
         "coalesce(d.language, ''), d.source_draft_id, d.source_edit_id, " + std::string(kOutdatedSql) +
         ", d.question_id, coalesce(qu.question, '')" + std::string(kDraftJoins);
}

// The WHERE clause of a DraftQuery (after the joins of kDraftJoins) and its bindings in order:
// text bindings first, numeric ones after.
struct DraftFilter {
  std::string sql = " WHERE 1 = 1";
  std::vector<std::string> texts;
  std::vector<std::int64_t> numbers;

  void bindTo(Statement& stmt) const {
    int index = 1;
    for (const auto& text : texts) stmt.bind(index++, text);
    for (std::int64_t number : numbers) stmt.bind(index++, number);
  }
};

Draft readDraft(const Statement& stmt) {
  Draft d;
  d.id = stmt.integer(0);
  d.productId = stmt.integer(1);
  d.sku = stmt.text(2);
  d.field = stmt.text(3);
  d.templateVersionId = stmt.optionalInteger(4);
  d.templateName = stmt.text(5);
  d.templateVersion = static_cast<int>(stmt.integer(6));
  d.generationId = stmt.optionalInteger(7);
  d.batchId = stmt.optionalInteger(8);
  d.variant = static_cast<int>(stmt.integer(9));
  d.model = stmt.text(10);
  d.text = stmt.text(11);
  d.status = draftStatusFromString(stmt.textView(12)).value_or(DraftStatus::Draft);
  d.isWorking = stmt.integer(13) != 0;
  d.author = stmt.text(14);
  d.createdAt = stmt.text(15);
  d.updatedAt = stmt.text(16);
  d.channel = stmt.text(17);
  d.rowVersion = stmt.integer(18);
  d.claimedBy = stmt.text(19);
  d.claimExpires = stmt.text(20);
  d.personaId = stmt.optionalInteger(21);
  d.persona = stmt.text(22);
  d.language = stmt.text(23);
  d.sourceDraftId = stmt.optionalInteger(24);
  d.sourceEditId = stmt.optionalInteger(25);
  d.outdated = stmt.integer(26) != 0;
  d.questionId = stmt.optionalInteger(27);
  d.question = stmt.text(28);
  return d;
}

void appendWorstFilter(const DraftQuery& query, DraftFilter& f) {
  if (query.worst == WorstFinding::Any) return;
  if (query.worst == WorstFinding::Unchecked) {
    f.sql += " AND d.id NOT IN (SELECT draft_id FROM draft_checks WHERE fingerprint = ?)";
  } else {
    static constexpr const char* kWorst[] = {"", " AND worst = 2", " AND worst = 1", " AND worst = 0",
                                             " AND worst IS NULL"};
    f.sql += " AND d.id IN (SELECT draft_id FROM draft_checks WHERE fingerprint = ?" +
             std::string(kWorst[static_cast<int>(query.worst)]) + ")";
  }
  f.texts.push_back(query.checksFingerprint);
}

DraftFilter filterFor(const DraftQuery& query, const Database& db) {
  DraftFilter f;
  if (query.status) {
    // Only approved and exported need the derivation; the others keep the status index.
    const bool derived = *query.status == DraftStatus::Approved || *query.status == DraftStatus::Exported;
    f.sql += derived ? " AND d.status IN ('approved', 'exported') AND " + std::string(kDraftStatusSql) + " = ?"
                     : std::string(" AND d.status = ?");
    f.texts.emplace_back(toString(*query.status));
  }
  if (!query.sku.empty()) {
    f.sql += " AND p.sku = ?";
    f.texts.push_back(query.sku);
  }
  if (!query.field.empty()) {
    f.sql += " AND d.field = ?";
    f.texts.push_back(query.field);
  }
  if (!query.templateName.empty()) {
    f.sql += " AND t.name = ?";
    f.texts.push_back(query.templateName);
  }
  if (!query.channel.empty()) {
    f.sql += " AND v.channel = ?";
    f.texts.push_back(query.channel);
  }
  if (!query.author.empty()) {
    f.sql += " AND d.author = ?";
    f.texts.push_back(query.author);
  }
  if (query.persona) {
    f.sql += query.persona->empty() ? " AND d.persona_id IS NULL AND '' = ?" : " AND pe.name = ?";
    f.texts.push_back(*query.persona);
  }
  if (query.language) {
    f.sql += query.language->empty() ? " AND d.language IS NULL AND '' = ?" : " AND d.language = ?";
    f.texts.push_back(*query.language);
  }
  if (!query.search.empty()) {
    // The index for three characters or more; a LIKE scan only for shorter searches.
    // Drafts a batch wrote and the writer has not indexed yet (few, or none) are read with LIKE.
    if (trigramIndexCanMatch(query.search) && db.isPostgres()) {
      // The drafts_search trigram index serves it; nothing waits to be indexed.
      f.sql += " AND d.text ILIKE ?";
      f.texts.push_back(likeSubstring(query.search));
    } else if (trigramIndexCanMatch(query.search)) {
      f.sql += " AND d.id IN (SELECT rowid FROM drafts_fts WHERE drafts_fts MATCH ? UNION ALL "
               "SELECT x.id FROM drafts_fts_pending q JOIN drafts x ON x.id = q.id WHERE x.text LIKE ? ESCAPE '\\')";
      f.texts.push_back(ftsPhrase(query.search));
      f.texts.push_back(likeSubstring(query.search));
    } else {
      f.sql += " AND d.text " + std::string(likeIgnoringCase(db)) + " ?" + noLikeEscape(db);
      f.texts.push_back("%" + query.search + "%");
    }
  }
  appendWorstFilter(query, f);
  if (query.productId) {
    f.sql += " AND d.product_id = ?";
    f.numbers.push_back(*query.productId);
  }
  if (query.batchId) {
    f.sql += " AND d.batch_id = ?";
    f.numbers.push_back(*query.batchId);
  }
  if (query.questionId) {
    f.sql += " AND coalesce(d.question_id, 0) = ?";
    f.numbers.push_back(*query.questionId);
  }
  f.sql += " ORDER BY d.id LIMIT ?";
  f.numbers.push_back(query.limit);
  return f;
}

}  // namespace

std::string_view toString(DraftStatus status) { return kStatusNames[static_cast<size_t>(status)]; }

std::optional<DraftStatus> draftStatusFromString(std::string_view text) {
  for (size_t i = 0; i < kStatusNames.size(); ++i) {
    if (kStatusNames[i] == text) return static_cast<DraftStatus>(i);
  }
  return std::nullopt;
}

Result<Draft> DraftStore::create(const NewDraft& draft) {
  auto id = insert(draft);
  if (!id) return id.error();
  auto created = get(*id);
  if (!created) return created.error();
  if (!*created) return makeError("draft.not-read-back", ErrorCode::Internal);
  return std::move(**created);
}

Result<std::int64_t> DraftStore::insert(const NewDraft& draft) {
  const std::string author = draft.author.empty() ? currentUserName() : draft.author;
  const std::string now = nowIso8601();
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  if (!m_insert.prepared()) {
    auto insert = m_db.prepare(
        "INSERT INTO drafts (product_id, field, template_version_id, generation_id, batch_id, variant, model, text, "
        "author, created_at, updated_at, persona_id, language, source_draft_id, source_edit_id, question_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert) return insert.error();
    auto edit = m_db.prepare("INSERT INTO draft_edits (draft_id, text, author, created_at) VALUES (?, ?, ?, ?)");
    if (!edit) return edit.error();
    m_insert = std::move(*insert);
    m_insertEdit = std::move(*edit);
  }
  m_insert.reset();
  m_insert.bind(1, draft.productId)
      .bind(2, draft.field)
      .bind(3, draft.templateVersionId)
      .bind(4, draft.generationId)
      .bind(5, draft.batchId)
      .bind(6, draft.variant)
      .bind(7, draft.model)
      .bindUncopied(8, draft.text)
      .bind(9, author)
      .bind(10, now)
      .bind(11, now)
      .bind(12, draft.personaId)
      .bind(13, draft.language.empty() ? std::optional<std::string>() : std::optional<std::string>(draft.language))
      .bind(14, draft.sourceDraftId)
      .bind(15, draft.sourceEditId)
      .bind(16, draft.questionId);
  if (!m_insert.run()) {
    if (m_insert.uniqueViolation()) {
      return makeError("draft.slot-taken", ErrorCode::InvalidInput, {std::to_string(draft.productId), draft.field});
    }
    return m_db.lastError("saving a draft");
  }
  const std::int64_t id = m_db.lastInsertId();
  m_insertEdit.reset();
  if (!m_insertEdit.bind(1, id).bindUncopied(2, draft.text).bind(3, author).bind(4, now).run()) {
    return m_db.lastError("saving a draft's first version");
  }
  if (auto st = tx.commit(); !st) return st.error();
  return id;
}

Result<std::optional<Draft>> DraftStore::get(std::int64_t id) {
  auto stmt = m_db.prepare(selectSql() + " WHERE d.id = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, id);
  if (!stmt->step()) {
    if (!stmt->ok()) return m_db.lastError("reading draft " + std::to_string(id));
    return std::optional<Draft>{};
  }
  return std::optional<Draft>(readDraft(*stmt));
}

Result<std::vector<Draft>> DraftStore::list(const DraftQuery& query) {
  const DraftFilter filter = filterFor(query, m_db);
  auto stmt = m_db.prepare(selectSql() + filter.sql);
  if (!stmt) return stmt.error();
  filter.bindTo(*stmt);
  std::vector<Draft> drafts;
  while (stmt->step()) drafts.push_back(readDraft(*stmt));
  if (!stmt->ok()) return m_db.lastError("listing drafts");
  return drafts;
}

Result<std::vector<std::int64_t>> DraftStore::ids(const DraftQuery& query) {
  const DraftFilter filter = filterFor(query, m_db);
  auto stmt = m_db.prepare("SELECT d.id" + std::string(kDraftJoins) + filter.sql);
  if (!stmt) return stmt.error();
  filter.bindTo(*stmt);
  std::vector<std::int64_t> ids;
  while (stmt->step()) ids.push_back(stmt->integer(0));
  if (!stmt->ok()) return m_db.lastError("listing drafts");
  return ids;
}

Result<std::vector<Draft>> DraftStore::withoutText(const std::vector<std::int64_t>& ids) {
  auto stmt = m_db.prepare(selectSql(false) + " WHERE d.id IN (" + idsFromJson(m_db, "?1") + ") ORDER BY d.id");
  if (!stmt) return stmt.error();
  stmt->bind(1, idArray(ids));
  std::vector<Draft> drafts;
  drafts.reserve(ids.size());
  while (stmt->step()) drafts.push_back(readDraft(*stmt));
  if (!stmt->ok()) return m_db.lastError("reading drafts");
  return drafts;
}

Result<Draft> DraftStore::editText(std::int64_t id, const std::string& text, const std::string& author,
                                   std::optional<std::int64_t> seenVersion) {
  const std::string who = author.empty() ? currentUserName() : author;
  const std::string now = nowIso8601();
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  auto update = m_db.prepare(
      "UPDATE drafts SET text = ?1, updated_at = ?2, row_version = row_version + 1, status = CASE WHEN status IN "
      "('submitted', 'approved', 'exported') THEN 'draft' ELSE status END WHERE id = ?3" +
      std::string(seenVersion ? " AND row_version = ?4" : ""));
  if (!update) return update.error();
  update->bind(1, text).bind(2, now).bind(3, id);
  if (seenVersion) update->bind(4, *seenVersion);
  if (!update->run()) return m_db.lastError("editing a draft");
  if (m_db.changes() == 0) return seenVersion ? editConflict(id) : notFound(id);
  auto edit = m_db.prepare("INSERT INTO draft_edits (draft_id, text, author, created_at) VALUES (?, ?, ?, ?)");
  if (!edit) return edit.error();
  if (!edit->bind(1, id).bind(2, text).bind(3, who).bind(4, now).run()) return m_db.lastError("saving an edit");
  if (auto st = tx.commit(); !st) return st.error();
  auto edited = get(id);
  if (!edited) return edited.error();
  return std::move(**edited);
}

// Why an edit over an older version was refused: who saved the draft last, and when.
Error DraftStore::editConflict(std::int64_t id) {
  auto edits = history(id);
  if (!edits) return edits.error();
  if (edits->empty()) return notFound(id);
  const DraftEdit& last = edits->back();
  return makeError("draft.edit-conflict", ErrorCode::Conflict, {std::to_string(id), last.author, last.createdAt});
}

Error DraftStore::notFound(std::int64_t id) {
  return makeError("draft.not-found", ErrorCode::NotFound, {std::to_string(id)});
}

Result<std::vector<DraftEdit>> DraftStore::history(std::int64_t draftId) {
  auto stmt = m_db.prepare(
      "SELECT id, draft_id, text, author, created_at FROM draft_edits WHERE draft_id = ? ORDER BY id");
  if (!stmt) return stmt.error();
  stmt->bind(1, draftId);
  std::vector<DraftEdit> edits;
  while (stmt->step()) {
    edits.push_back({stmt->integer(0), stmt->integer(1), stmt->text(2), stmt->text(3), stmt->text(4)});
  }
  if (!stmt->ok()) return m_db.lastError("reading a draft's history");
  return edits;
}

Status DraftStore::setStatus(std::int64_t id, DraftStatus status, std::optional<std::int64_t> seenVersion) {
  // The floor makes exports made before this status change not count for it (see kDraftStatusSql).
  auto stmt = m_db.prepare(
      "UPDATE drafts SET status = ?1, updated_at = ?2, row_version = row_version + 1, claimed_by = NULL, "
      "claim_expires = NULL, export_floor = (SELECT coalesce(max(id), 0) FROM exports) WHERE id = ?3" +
      std::string(seenVersion ? " AND row_version = ?4" : ""));
  if (!stmt) return stmt.error();
  stmt->bind(1, toString(status)).bind(2, nowIso8601()).bind(3, id);
  if (seenVersion) stmt->bind(4, *seenVersion);
  if (!stmt->run()) return m_db.lastError("changing a draft's status");
  if (m_db.changes() > 0) return {};
  if (!seenVersion) return notFound(id);
  auto still = get(id);
  if (!still) return still.error();
  if (!*still) return notFound(id);
  return makeError("draft.version-conflict", ErrorCode::Conflict, {std::to_string(id)});
}

Status DraftStore::setWorking(std::int64_t id) {
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  auto clear = m_db.prepare(
      "UPDATE drafts SET is_working = CASE WHEN id = ?1 THEN 1 ELSE 0 END WHERE (product_id, field, "
      "coalesce(persona_id, 0), coalesce(language, ''), coalesce(question_id, 0)) = (SELECT product_id, field, "
      "coalesce(persona_id, 0), coalesce(language, ''), coalesce(question_id, 0) FROM drafts WHERE id = ?1)");
  if (!clear) return clear.error();
  if (!clear->bind(1, id).run()) return m_db.lastError("choosing the working draft");
  if (m_db.changes() == 0) return makeError("draft.not-found", ErrorCode::NotFound, {std::to_string(id)});
  return tx.commit();
}

}  // namespace copydesk
