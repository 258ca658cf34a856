#include "core/store/unsaved_copy_journal.h"

#include <nlohmann/json.hpp>

#include "core/common/paths.h"
#include "core/store/journal_owner.h"
#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

const char* kindName(UnsavedKind kind) { return kind == UnsavedKind::Template ? "template" : "copy"; }

// The key's columns in the order of the unique index, bound from `first`.
void bindKey(Statement& stmt, int first, const UnsavedCopyKey& key) {
  stmt.bind(first, kindName(key.kind));
  stmt.bind(first + 1, key.kind == UnsavedKind::Copy ? key.productId : std::int64_t{0});
  stmt.bind(first + 2, key.kind == UnsavedKind::Template ? key.templateVersionId : std::int64_t{0});
  stmt.bind(first + 3, key.kind == UnsavedKind::Copy ? key.field : std::string());
  stmt.bind(first + 4, key.kind == UnsavedKind::Copy ? key.draftId : std::int64_t{0});
}

constexpr const char* kKeyMatch =
    "kind = ? AND coalesce(product_id, 0) = ? AND coalesce(template_version_id, 0) = ? AND field = ? AND draft_id = ?";

constexpr const char* kSelect = R"sql(
SELECT u.id, u.owner, u.kind, coalesce(u.product_id, 0), u.field, u.draft_id, coalesce(u.template_version_id, 0),
       u.text, u.updated_at, coalesce(p.sku, ''), coalesce(p.title, ''), d.id IS NOT NULL,
       coalesce(t.name, ''), coalesce(v.version, 0)
FROM unsaved_copy u
LEFT JOIN products p ON p.id = u.product_id
LEFT JOIN drafts d ON d.id = u.draft_id AND u.draft_id <> 0
LEFT JOIN template_versions v ON v.id = u.template_version_id
LEFT JOIN templates t ON t.id = v.template_id
)sql";

// Byte order and NULLs first on both engines (a template's row has no SKU).
std::string orderBy(const Database& db) {
  const std::string bytes = byteOrder(db);
  return " ORDER BY u.kind" + bytes + ", p.sku" + bytes + " NULLS FIRST, u.field" + bytes + ", u.updated_at" + bytes +
         ", u.id";
}

UnsavedCopy readRow(Statement& stmt) {
  UnsavedCopy row;
  row.id = stmt.integer(0);
  row.owner = stmt.text(1);
  row.key.kind = stmt.text(2) == "template" ? UnsavedKind::Template : UnsavedKind::Copy;
  row.key.productId = stmt.integer(3);
  row.key.field = stmt.text(4);
  row.key.draftId = stmt.integer(5);
  row.key.templateVersionId = stmt.integer(6);
  row.text = stmt.text(7);
  row.updatedAt = stmt.text(8);
  row.sku = stmt.text(9);
  row.productTitle = stmt.text(10);
  row.draftExists = stmt.integer(11) != 0;
  row.templateName = stmt.text(12);
  row.templateVersion = static_cast<int>(stmt.integer(13));
  return row;
}

Result<std::vector<UnsavedCopy>> query(Database& db, const std::string& where, const std::string& owner) {
  auto stmt = db.prepare(std::string(kSelect) + where + orderBy(db));
  if (!stmt) return stmt.error();
  if (!owner.empty()) stmt->bind(1, owner);
  std::vector<UnsavedCopy> rows;
  while (stmt->step()) rows.push_back(readRow(*stmt));
  if (!stmt->ok()) return db.lastError("reading the unsaved-copy journal");
  return rows;
}

}  // namespace

UnsavedCopyKey UnsavedCopyKey::copy(std::int64_t productId, std::string field, std::int64_t draftId) {
  UnsavedCopyKey key;
  key.productId = productId;
  key.field = std::move(field);
  key.draftId = draftId;
  return key;
}

UnsavedCopyKey UnsavedCopyKey::templateParts(std::int64_t templateVersionId) {
  UnsavedCopyKey key;
  key.kind = UnsavedKind::Template;
  key.templateVersionId = templateVersionId;
  return key;
}

std::string encodeTemplateParts(const TemplateParts& parts) {
  return nlohmann::json{{"system_part", parts.systemPart}, {"user_part", parts.userPart}}.dump();
}

std::optional<TemplateParts> decodeTemplateParts(std::string_view text) {
  auto json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) return std::nullopt;
  TemplateParts parts;
  parts.systemPart = json.value("system_part", std::string());
  parts.userPart = json.value("user_part", std::string());
  return parts;
}

Status UnsavedCopyJournal::put(const UnsavedCopyKey& key, std::string_view text) {
  // Typing rewrites the same row again and again: an update first, an insert the first time.
  auto update = m_db.prepare(std::string("UPDATE unsaved_copy SET text = ?, updated_at = ? WHERE owner = ? AND ") + kKeyMatch);
  if (!update) return update.error();
  update->bind(1, text).bind(2, nowIso8601()).bind(3, m_owner);
  bindKey(*update, 4, key);
  if (!update->run()) return m_db.lastError("journaling unsaved copy");
  if (m_db.changes() > 0) return {};
  auto insert = m_db.prepare(
      "INSERT INTO unsaved_copy (owner, kind, product_id, template_version_id, field, draft_id, text) "
      "VALUES (?, ?, nullif(?, 0), nullif(?, 0), ?, ?, ?)");
  if (!insert) return insert.error();
  insert->bind(1, m_owner);
  bindKey(*insert, 2, key);
  insert->bind(7, text);
  if (!insert->run()) return m_db.lastError("journaling unsaved copy");
  return {};
}

Status UnsavedCopyJournal::remove(const UnsavedCopyKey& key) {
  auto stmt = m_db.prepare(std::string("DELETE FROM unsaved_copy WHERE owner = ? AND ") + kKeyMatch);
  if (!stmt) return stmt.error();
  stmt->bind(1, m_owner);
  bindKey(*stmt, 2, key);
  if (!stmt->run()) return m_db.lastError("clearing journaled copy");
  return {};
}

Status UnsavedCopyJournal::removeAll() {
  auto stmt = m_db.prepare("DELETE FROM unsaved_copy WHERE owner = ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, m_owner);
  if (!stmt->run()) return m_db.lastError("clearing journaled copy");
  return {};
}

Status UnsavedCopyJournal::discard(const std::vector<std::int64_t>& ids) {
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun();
  auto stmt = m_db.prepare("DELETE FROM unsaved_copy WHERE id = ?");
  if (!stmt) return stmt.error();
  for (std::int64_t id : ids) {
    stmt->reset();
    stmt->bind(1, id);
    if (!stmt->run()) return m_db.lastError("discarding journaled copy");
  }
  return tx.commit();
}

Result<std::vector<UnsavedCopy>> UnsavedCopyJournal::own() { return query(m_db, " WHERE u.owner = ?", m_owner); }

Result<std::vector<UnsavedCopy>> UnsavedCopyJournal::all() { return query(m_db, "", {}); }

Result<std::vector<UnsavedCopy>> UnsavedCopyJournal::orphaned() {
  auto rows = all();
  if (!rows) return rows;
  std::vector<UnsavedCopy> gone;
  for (auto& row : *rows) {
    if (row.owner == m_owner) continue;
    const auto owner = JournalOwner::parse(row.owner);
    if (!owner || !owner->alive()) gone.push_back(std::move(row));
  }
  return gone;
}

}  // namespace copydesk
