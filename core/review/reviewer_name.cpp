#include "core/review/reviewer_name.h"

#include "core/common/paths.h"
#include "core/store/postgres/pg_connection.h"

namespace copydesk {

std::string reviewerName(Database& db, const std::string& explicitName) {
  // In a team store the database records the connected role whatever is sent: show that name.
  if (db.isPostgres()) return db.postgres()->currentUser();
  if (!explicitName.empty()) return explicitName;
  auto stored = storedReviewerName(db);
  if (stored && !stored->empty()) return *stored;
  return currentUserName();
}

Result<std::string> storedReviewerName(Database& db) {
  auto stmt = db.prepare("SELECT value FROM settings WHERE key = 'reviewer_name'");
  if (!stmt) return stmt.error();
  if (stmt->step()) return stmt->text(0);
  if (!stmt->ok()) return db.lastError("reading the reviewer name");
  return std::string();
}

Status setReviewerName(Database& db, const std::string& name) {
  auto stmt = name.empty() ? db.prepare("DELETE FROM settings WHERE key = 'reviewer_name'")
                           : db.prepare("INSERT INTO settings(key, value) VALUES('reviewer_name', ?1) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (!stmt) return stmt.error();
  if (!name.empty()) stmt->bind(1, name);
  if (!stmt->run()) return db.lastError("saving the reviewer name");
  return {};
}

}  // namespace copydesk
