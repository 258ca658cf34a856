#include "core/store/export_store.h"

#include "core/common/paths.h"
#include "core/store/id_array.h"
#include "core/store/sql_dialect.h"

namespace copydesk {

Result<std::int64_t> ExportStore::record(const ExportRecord& record, const std::vector<std::int64_t>& draftIds) {
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  auto insert = m_db.prepare(
      "INSERT INTO exports (layout, path, mode, bom, rows, fields, options, author, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return insert.error();
  insert->bind(1, record.layout)
      .bind(2, record.path)
      .bind(3, record.mode)
      .bind(4, record.bom ? 1 : 0)
      .bind(5, record.rows)
      .bind(6, record.fields)
      .bind(7, record.options.dump())
      .bind(8, record.author)
      .bind(9, record.createdAt.empty() ? nowIso8601() : record.createdAt);
  if (!insert->run()) return m_db.lastError("recording an export of " + record.path);
  const std::int64_t id = m_db.lastInsertId();
  // One statement for all items: a JSON array of ids is far cheaper than a row-by-row insert when
  // an export carries 100,000 drafts. (WHERE true: SQLite reads ON CONFLICT after a bare SELECT's
  // FROM as a join's ON.)
  auto items = m_db.prepare("INSERT INTO export_items (export_id, draft_id) SELECT ?1, ids.id FROM (" +
                            idsFromJson(m_db, "?2") +
                            ") AS ids WHERE true ORDER BY ids.id ON CONFLICT (export_id, draft_id) DO NOTHING");
  if (!items) return items.error();
  if (!items->bind(1, id).bind(2, idArray(draftIds)).run()) return m_db.lastError("recording the drafts of an export");
  if (auto st = tx.commit(); !st) return st.error();
  return id;
}

Result<std::vector<ExportRecord>> ExportStore::list(std::int64_t limit) {
  auto stmt = m_db.prepare(
      "SELECT id, layout, path, mode, bom, rows, fields, options, author, created_at FROM exports "
      "ORDER BY id DESC LIMIT ?");
  if (!stmt) return stmt.error();
  stmt->bind(1, limit);
  std::vector<ExportRecord> records;
  while (stmt->step()) {
    ExportRecord r;
    r.id = stmt->integer(0);
    r.layout = stmt->text(1);
    r.path = stmt->text(2);
    r.mode = stmt->text(3);
    r.bom = stmt->integer(4) != 0;
    r.rows = stmt->integer(5);
    r.fields = stmt->integer(6);
    r.options = Json::parse(stmt->textView(7), nullptr, false);
    if (r.options.is_discarded()) r.options = Json::object();
    r.author = stmt->text(8);
    r.createdAt = stmt->text(9);
    records.push_back(std::move(r));
  }
  if (!stmt->ok()) return m_db.lastError("listing exports");
  return records;
}

Result<std::vector<std::int64_t>> ExportStore::items(std::int64_t exportId) {
  auto stmt = m_db.prepare("SELECT draft_id FROM export_items WHERE export_id = ? ORDER BY draft_id");
  if (!stmt) return stmt.error();
  stmt->bind(1, exportId);
  std::vector<std::int64_t> ids;
  while (stmt->step()) ids.push_back(stmt->integer(0));
  if (!stmt->ok()) return m_db.lastError("reading the drafts of export " + std::to_string(exportId));
  return ids;
}

}  // namespace copydesk
