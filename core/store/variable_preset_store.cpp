#include "core/store/variable_preset_store.h"
#include "core/common/error_id.h"
#include "core/store/sql_dialect.h"

namespace copydesk {

Status VariablePresetStore::save(const std::string& name, const Json& variables) {
  if (name.empty()) return makeError("preset.without-name", ErrorCode::InvalidInput);
  if (!variables.is_object()) {
    return makeError("preset.variables-not-object", ErrorCode::InvalidInput, {name});
  }
  auto statement = m_db.prepare(
      "INSERT INTO variable_presets(name, variables) VALUES(?1, ?2) "
      "ON CONFLICT(name) DO UPDATE SET variables = excluded.variables");
  if (!statement) return statement.error();
  statement->bind(1, name).bind(2, variables.dump());
  if (!statement->run()) return m_db.lastError("saving variable preset '" + name + "'");
  return {};
}

Result<std::optional<Json>> VariablePresetStore::load(const std::string& name) {
  auto statement = m_db.prepare("SELECT variables FROM variable_presets WHERE name = ?1");
  if (!statement) return statement.error();
  statement->bind(1, name);
  if (!statement->step()) {
    if (!statement->ok()) return m_db.lastError("reading variable preset '" + name + "'");
    return std::optional<Json>();
  }
  Json variables = Json::parse(statement->textView(0), nullptr, false);
  if (!variables.is_object()) {
    return makeError("preset.stored-variables-not-object", ErrorCode::Database, {name});
  }
  return std::optional<Json>(std::move(variables));
}

Result<std::vector<std::string>> VariablePresetStore::names() {
  auto statement = m_db.prepare(std::string("SELECT name FROM variable_presets ORDER BY name") + byteOrder(m_db));
  if (!statement) return statement.error();
  std::vector<std::string> names;
  while (statement->step()) names.push_back(statement->text(0));
  if (!statement->ok()) return m_db.lastError("listing variable presets");
  return names;
}

Result<bool> VariablePresetStore::remove(const std::string& name) {
  auto statement = m_db.prepare("DELETE FROM variable_presets WHERE name = ?1");
  if (!statement) return statement.error();
  statement->bind(1, name);
  if (!statement->run()) return m_db.lastError("removing variable preset '" + name + "'");
  return m_db.changes() > 0;
}

}  // namespace copydesk
