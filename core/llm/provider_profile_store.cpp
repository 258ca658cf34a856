#include "core/llm/provider_profile_store.h"

#include <algorithm>

#include "core/common/paths.h"
#include "core/llm/builtin_profiles.h"
#include "core/store/sql_dialect.h"

namespace copydesk::llm {

Status ProviderProfileStore::save(const ProviderProfile& profile) {
  if (profile.name.empty()) return makeError(ErrorCode::InvalidInput, "a profile needs a name", "provider profiles");
  auto statement = m_db.prepare(
      "INSERT INTO provider_profiles(name, profile) VALUES(?1, ?2) "
      "ON CONFLICT(name) DO UPDATE SET profile = excluded.profile, updated_at = ?3");
  if (!statement) return statement.error();
  statement->bind(1, profile.name).bind(2, toJson(profile).dump()).bind(3, nowIso8601());
  if (!statement->run()) return m_db.lastError("saving provider profile '" + profile.name + "'");
  return {};
}

Result<bool> ProviderProfileStore::remove(const std::string& name) {
  auto statement = m_db.prepare("DELETE FROM provider_profiles WHERE name = ?1");
  if (!statement) return statement.error();
  statement->bind(1, name);
  if (!statement->run()) return m_db.lastError("removing provider profile '" + name + "'");
  return m_db.changes() > 0;
}

Result<std::optional<ProviderProfile>> ProviderProfileStore::find(const std::string& name) {
  auto all = list();
  if (!all) return all.error();
  for (auto& profile : *all) {
    if (profile.name == name) return std::optional<ProviderProfile>(std::move(profile));
  }
  return std::optional<ProviderProfile>();
}

Result<std::vector<ProviderProfile>> ProviderProfileStore::list() {
  auto statement = m_db.prepare(std::string("SELECT name, profile FROM provider_profiles ORDER BY name") + byteOrder(m_db));
  if (!statement) return statement.error();
  std::vector<ProviderProfile> profiles;
  while (statement->step()) {
    const Json json = Json::parse(statement->textView(1), nullptr, false);
    auto profile = profileFromJson(json);
    if (!profile) {
      return makeError(ErrorCode::Database, profile.error().message,
                       "provider_profiles row '" + statement->text(0) + "'");
    }
    profiles.push_back(std::move(*profile));
  }
  if (!statement->ok()) return m_db.lastError("reading provider profiles");
  return profiles;
}

Result<std::vector<ProviderProfile>> ProviderProfileStore::listWithBuiltIns() {
  auto stored = list();
  if (!stored) return stored.error();
  std::vector<ProviderProfile> all = builtInProfiles();
  for (auto& profile : *stored) {
    auto same = std::find_if(all.begin(), all.end(), [&](const auto& p) { return p.name == profile.name; });
    if (same != all.end()) *same = std::move(profile); else all.push_back(std::move(profile));
  }
  return all;
}

Result<ProviderProfile> ProviderProfileStore::resolve(const std::string& name) {
  auto stored = find(name);
  if (!stored) return stored.error();
  if (*stored) return std::move(**stored);
  if (auto builtIn = builtInProfile(name)) return *builtIn;
  return makeError(ErrorCode::NotFound, "no provider profile named '" + name + "'", "provider profiles");
}

}  // namespace copydesk::llm
