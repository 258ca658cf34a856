#include "core/export/audit_export.h"

#include "core/export/atomic_file.h"
#include "core/export/csv_writer.h"

namespace copydesk {
namespace {

Result<std::int64_t> writeJson(Database& db, const AuditQuery& query,
                               const std::function<Status(std::string_view)>& sink) {
  Json array = Json::array();
  auto st = AuditStore(db).forEach(query, [&](const AuditEntry& e) -> Status {
    array.push_back(toJson(e));
    return {};
  });
  if (!st) return st.error();
  if (auto written = sink(array.dump(2) + '\n'); !written) return written.error();
  return static_cast<std::int64_t>(array.size());
}

Result<std::int64_t> writeCsv(Database& db, const AuditQuery& query,
                              const std::function<Status(std::string_view)>& sink) {
  CsvWriter writer(sink, CsvMode::SpreadsheetSafe, false);
  auto st = writer.writeRecord({"id", "at", "actor", "action", "entity", "entity_id", "detail"});
  if (st) {
    st = AuditStore(db).forEach(query, [&](const AuditEntry& e) {
      return writer.writeRecord({std::to_string(e.id), e.at, e.actor, e.action, e.entity,
                                 e.entityId ? std::to_string(*e.entityId) : "", e.detail.dump()});
    });
  }
  if (st) st = writer.flush();
  if (!st) return st.error();
  return writer.records() - 1;  // the header is not an entry
}

}  // namespace

Result<std::int64_t> writeAudit(Database& db, const AuditQuery& query, AuditFormat format,
                                const std::function<Status(std::string_view bytes)>& sink) {
  return format == AuditFormat::Json ? writeJson(db, query, sink) : writeCsv(db, query, sink);
}

Result<std::int64_t> exportAudit(Database& db, const AuditQuery& query, AuditFormat format,
                                 const std::filesystem::path& path) {
  auto file = AtomicFile::create(path);
  if (!file) return file.error();
  auto count = writeAudit(db, query, format, [&](std::string_view bytes) { return (*file)->write(bytes); });
  if (!count) return count.error();
  if (auto st = (*file)->commit(); !st) return st.error();
  return count;
}

}  // namespace copydesk
