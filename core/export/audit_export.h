#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string_view>

#include "core/common/result.h"
#include "core/store/audit_store.h"
#include "core/store/database.h"

namespace copydesk {

// json: one array of toJson(AuditEntry), indented by 2, then a newline.
// csv: id, at, actor, action, entity, entity_id, detail (JSON), spreadsheet-safe cells, because
// the audit is read by people in spreadsheets.
enum class AuditFormat { Json, Csv };

// Writes the entries matching the query, oldest first, to sink: exactly what
// `copydesk-cli audit --json` and `--csv` print. Returns the number of entries written.
Result<std::int64_t> writeAudit(Database& db, const AuditQuery& query, AuditFormat format,
                                const std::function<Status(std::string_view bytes)>& sink);

// The same into a file, written beside it and renamed into place only when complete.
Result<std::int64_t> exportAudit(Database& db, const AuditQuery& query, AuditFormat format,
                                 const std::filesystem::path& path);

}  // namespace copydesk
