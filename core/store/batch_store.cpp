#include "core/store/batch_store.h"

#include "core/common/paths.h"
#include "core/common/error_id.h"
#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

constexpr const char* kSelect =
    "SELECT id, template_version_id, field, plan, status, created_at, coalesce(finished_at, '') FROM batches";

BatchRecord readBatch(const Statement& stmt) {
  BatchRecord b;
  b.id = stmt.integer(0);
  b.templateVersionId = stmt.optionalInteger(1);
  b.field = stmt.text(2);
  Json plan = Json::parse(stmt.textView(3), nullptr, false);
  b.plan = plan.is_object() ? plan : Json::object();
  b.status = stmt.text(4);
  b.createdAt = stmt.text(5);
  b.finishedAt = stmt.text(6);
  return b;
}

}  // namespace

Result<BatchRecord> BatchStore::create(std::optional<std::int64_t> templateVersionId, const std::string& field,
                                       const Json& plan) {
  auto stmt = m_db.prepare("INSERT INTO batches (template_version_id, field, plan, status, created_at) "
                           "VALUES (?, ?, ?, ?, ?)");
  if (!stmt) return stmt.error();
  stmt->bind(1, templateVersionId).bind(2, field).bind(3, plan.dump()).bind(4, kBatchRunning).bind(5, nowIso8601());
  if (!stmt->run()) return m_db.lastError("creating a batch");
  auto created = get(m_db.lastInsertId());
  if (!created) return created.error();
  return std::move(**created);
}

Result<std::optional<BatchRecord>> BatchStore::get(std::int64_t id) {
  auto stmt = m_db.prepare(std::string(kSelect) + " WHERE id = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, id);
  if (!stmt->step()) {
    if (!stmt->ok()) return m_db.lastError("reading batch " + std::to_string(id));
    return std::optional<BatchRecord>{};
  }
  return std::optional<BatchRecord>(readBatch(*stmt));
}

Result<std::optional<BatchRecord>> BatchStore::latestUnfinished(const std::string& resumeKey) {
  auto stmt = m_db.prepare(std::string(kSelect) + " WHERE status <> ? AND " + jsonTextField(m_db, "plan", "resume_key") +
                           " = ? ORDER BY id DESC LIMIT 1");
  if (!stmt) return stmt.error();
  stmt->bind(1, kBatchCompleted).bind(2, resumeKey);
  if (!stmt->step()) {
    if (!stmt->ok()) return m_db.lastError("looking for an unfinished batch");
    return std::optional<BatchRecord>{};
  }
  return std::optional<BatchRecord>(readBatch(*stmt));
}

Result<std::optional<BatchRecord>> BatchStore::latestWithKey(const std::string& resumeKey) {
  auto stmt = m_db.prepare(std::string(kSelect) + " WHERE " + jsonTextField(m_db, "plan", "resume_key") +
                           " = ? ORDER BY id DESC LIMIT 1");
  if (!stmt) return stmt.error();
  stmt->bind(1, resumeKey);
  if (!stmt->step()) {
    if (!stmt->ok()) return m_db.lastError("looking for a batch to resume");
    return std::optional<BatchRecord>{};
  }
  return std::optional<BatchRecord>(readBatch(*stmt));
}

Result<std::vector<BatchRecord>> BatchStore::list() {
  auto stmt = m_db.prepare(std::string(kSelect) + " ORDER BY id DESC");
  if (!stmt) return stmt.error();
  std::vector<BatchRecord> rows;
  while (stmt->step()) rows.push_back(readBatch(*stmt));
  if (!stmt->ok()) return m_db.lastError("listing batches");
  return rows;
}

Status BatchStore::setStatus(std::int64_t id, const std::string& status) {
  auto stmt = m_db.prepare("UPDATE batches SET status = ?, finished_at = ? WHERE id = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, status);
  if (status == kBatchRunning) stmt->bindNull(2); else stmt->bind(2, nowIso8601());
  stmt->bind(3, id);
  if (!stmt->run()) return m_db.lastError("updating batch " + std::to_string(id));
  if (m_db.changes() == 0) return makeError("batch.not-found", ErrorCode::NotFound, {std::to_string(id)});
  return {};
}

Status BatchStore::updatePlan(std::int64_t id, const Json& plan) {
  auto stmt = m_db.prepare("UPDATE batches SET plan = ? WHERE id = ?");
  if (!stmt) return stmt.error();
  if (!stmt->bind(1, plan.dump()).bind(2, id).run()) return m_db.lastError("updating batch " + std::to_string(id));
  return {};
}

Result<std::vector<FilledSlot>> BatchStore::filledSlots(std::int64_t batchId) {
  auto stmt = m_db.prepare(
      "SELECT product_id, variant, model, coalesce(persona_id, 0), coalesce(source_draft_id, 0), "
      "coalesce(language, ''), coalesce(question_id, 0) FROM drafts WHERE batch_id = ? ORDER BY id");
  if (!stmt) return stmt.error();
  stmt->bind(1, batchId);
  std::vector<FilledSlot> slots;
  while (stmt->step()) {
    slots.push_back({stmt->integer(0), static_cast<int>(stmt->integer(1)), stmt->text(2), stmt->integer(3),
                     stmt->integer(4), stmt->text(5), stmt->integer(6)});
  }
  if (!stmt->ok()) return m_db.lastError("reading the finished slots of batch " + std::to_string(batchId));
  return slots;
}

}  // namespace copydesk
