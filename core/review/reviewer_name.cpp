#include "core/review/reviewer_name.h"

#include "core/common/paths.h"

namespace copydesk {

std::string reviewerName(Database& db, const std::string& explicitName) {
  if (!explicitName.empty()) return explicitName;
  if (auto stmt = db.prepare("SELECT value FROM settings WHERE key = 'reviewer_name'")) {
    if (stmt->step()) {
      std::string name = stmt->text(0);
      if (!name.empty()) return name;
    }
  }
  return currentUserName();
}

}  // namespace copydesk
