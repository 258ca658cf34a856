#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// One line of the append-only audit trail.
struct AuditEntry {
  std::int64_t id = 0;
  std::string at;      // ISO 8601 UTC; filled in when empty
  std::string actor;
  std::string action;  // submit, approve, reject, edit, supersede, export…
  std::string entity;  // draft, export…
  std::optional<std::int64_t> entityId;
  Json detail = Json::object();
};

Json toJson(const AuditEntry& entry);

struct AuditQuery {
  std::string entity;                   // empty: all
  std::optional<std::int64_t> entityId;
  std::int64_t limit = -1;
};

// The audit table. There is no update or delete: the schema's triggers refuse both, so even a
// bug here cannot rewrite history.
class AuditStore final {
 public:
  explicit AuditStore(Database& db) : m_db(db) {}

  Result<std::int64_t> append(const AuditEntry& entry);
  Result<std::vector<AuditEntry>> list(const AuditQuery& query = {});
  // Streams entries oldest first without holding them all.
  Status forEach(const AuditQuery& query, const std::function<Status(const AuditEntry&)>& visit);

 private:
  Database& m_db;
};

}  // namespace copydesk
