#include "core/store/audit_store.h"

#include "core/common/paths.h"

namespace copydesk {

Json toJson(const AuditEntry& entry) {
  Json json = Json::object();
  json["id"] = entry.id;
  json["at"] = entry.at;
  json["actor"] = entry.actor;
  json["action"] = entry.action;
  json["entity"] = entry.entity;
  json["entity_id"] = entry.entityId ? Json(*entry.entityId) : Json(nullptr);
  json["detail"] = entry.detail;
  return json;
}

Result<std::int64_t> AuditStore::append(const AuditEntry& entry) {
  auto stmt = m_db.prepare("INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)");
  if (!stmt) return stmt.error();
  stmt->bind(1, entry.at.empty() ? nowIso8601() : entry.at)
      .bind(2, entry.actor)
      .bind(3, entry.action)
      .bind(4, entry.entity)
      .bind(5, entry.entityId)
      .bind(6, entry.detail.dump());
  if (!stmt->run()) return m_db.lastError("writing the audit trail (" + entry.action + ")");
  return m_db.lastInsertId();
}

Status AuditStore::forEach(const AuditQuery& query, const std::function<Status(const AuditEntry&)>& visit) {
  std::string sql = "SELECT id, at, actor, action, entity, entity_id, detail FROM audit WHERE 1 = 1";
  if (!query.entity.empty()) sql += " AND entity = ?1";
  if (query.entityId) sql += " AND entity_id = ?2";
  sql += " ORDER BY id LIMIT ?3";
  auto stmt = m_db.prepare(sql);
  if (!stmt) return stmt.error();
  if (!query.entity.empty()) stmt->bind(1, query.entity);
  if (query.entityId) stmt->bind(2, *query.entityId);
  stmt->bind(3, query.limit);
  while (stmt->step()) {
    AuditEntry entry;
    entry.id = stmt->integer(0);
    entry.at = stmt->text(1);
    entry.actor = stmt->text(2);
    entry.action = stmt->text(3);
    entry.entity = stmt->text(4);
    entry.entityId = stmt->optionalInteger(5);
    // Detail is written by append() only, but a hand-edited row must not stop the listing.
    entry.detail = Json::parse(stmt->textView(6), nullptr, false);
    if (entry.detail.is_discarded()) entry.detail = stmt->text(6);
    if (auto st = visit(entry); !st) return st;
  }
  if (!stmt->ok()) return m_db.lastError("reading the audit trail");
  return {};
}

Result<std::vector<AuditEntry>> AuditStore::list(const AuditQuery& query) {
  std::vector<AuditEntry> entries;
  auto st = forEach(query, [&](const AuditEntry& entry) -> Status {
    entries.push_back(entry);
    return {};
  });
  if (!st) return st.error();
  return entries;
}

}  // namespace copydesk
