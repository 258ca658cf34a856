#include "core/store/persona_versions.h"

#include <algorithm>
#include <map>

#include "core/store/draft_store.h"

namespace copydesk {
namespace {

// Higher is the one to show: the working copy, then approved (or exported) copy, then the newest.
int rank(const Draft& d) {
  if (d.isWorking) return 2;
  return d.status == DraftStatus::Approved || d.status == DraftStatus::Exported ? 1 : 0;
}

}  // namespace

Result<std::vector<Draft>> personaVersions(Database& db, std::int64_t productId, const std::string& field) {
  DraftQuery query;
  query.productId = productId;
  query.field = field;
  auto drafts = DraftStore(db).list(query);  // oldest first
  if (!drafts) return drafts.error();
  std::map<std::string, Draft> chosen;  // "" (no persona) sorts first
  for (Draft& d : *drafts) {
    auto it = chosen.find(d.persona);
    if (it == chosen.end() || rank(d) >= rank(it->second)) chosen[d.persona] = std::move(d);
  }
  std::vector<Draft> versions;
  for (auto& [persona, draft] : chosen) versions.push_back(std::move(draft));
  return versions;
}

}  // namespace copydesk
