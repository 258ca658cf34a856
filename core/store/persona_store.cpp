#include "core/store/persona_store.h"

#include <set>

#include "core/common/error_id.h"
#include "core/common/paths.h"
#include "core/store/sql_dialect.h"

namespace copydesk {
namespace {

constexpr const char* kSelect =
    "SELECT id, name, description, audience, interests, tone, language, channel, created_at, updated_at "
    "FROM personas";

Persona readPersona(const Statement& stmt) {
  Persona p;
  p.id = stmt.integer(0);
  p.name = stmt.text(1);
  p.description = stmt.text(2);
  p.audience = stmt.text(3);
  p.interests = stmt.text(4);
  p.tone = stmt.text(5);
  p.language = stmt.text(6);
  p.channel = stmt.text(7);
  p.createdAt = stmt.text(8);
  p.updatedAt = stmt.text(9);
  return p;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Binds the seven values at 1..7 in the table's column order.
void bindValues(Statement& stmt, const Persona& p, const std::string& name) {
  stmt.bind(1, name).bind(2, p.description).bind(3, p.audience).bind(4, p.interests).bind(5, p.tone)
      .bind(6, p.language).bind(7, p.channel);
}

}  // namespace

Result<Persona> PersonaStore::add(const Persona& persona) {
  const std::string name = trimmed(persona.name);
  if (name.empty()) return makeError("persona.without-name", ErrorCode::InvalidInput);
  if (name.find(',') != std::string::npos) return makeError("persona.name-has-comma", ErrorCode::InvalidInput, {name});
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  auto retired = m_db.prepare("SELECT retired FROM personas WHERE name = ?");
  if (!retired) return retired.error();
  retired->bind(1, name);
  const bool found = retired->step();
  if (found && retired->integer(0) == 0) return makeError("persona.exists", ErrorCode::InvalidInput, {name});
  // A retired persona of that name comes back: its drafts name it again.
  auto stmt = m_db.prepare(
      found ? "UPDATE personas SET name = ?1, description = ?2, audience = ?3, interests = ?4, tone = ?5, "
              "language = ?6, channel = ?7, retired = 0, updated_at = ?8 WHERE name = ?1"
            : "INSERT INTO personas (name, description, audience, interests, tone, language, channel, created_at, "
              "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
  if (!stmt) return stmt.error();
  bindValues(*stmt, persona, name);
  stmt->bind(8, nowIso8601());
  if (!stmt->run()) return m_db.lastError("saving persona '" + name + "'");
  if (auto st = tx.commit(); !st) return st.error();
  auto saved = find(name);
  if (!saved) return saved.error();
  if (!*saved) return makeError("persona.unknown", ErrorCode::Internal, {name});
  return std::move(**saved);
}

Result<Persona> PersonaStore::update(const Persona& persona) {
  const std::string name = trimmed(persona.name);
  if (name.empty()) return makeError("persona.without-name", ErrorCode::InvalidInput);
  if (name.find(',') != std::string::npos) return makeError("persona.name-has-comma", ErrorCode::InvalidInput, {name});
  auto stmt = m_db.prepare(
      "UPDATE personas SET name = ?1, description = ?2, audience = ?3, interests = ?4, tone = ?5, language = ?6, "
      "channel = ?7, updated_at = ?8 WHERE id = ?9");
  if (!stmt) return stmt.error();
  bindValues(*stmt, persona, name);
  stmt->bind(8, nowIso8601()).bind(9, persona.id);
  if (!stmt->run()) {
    if (stmt->uniqueViolation()) return makeError("persona.exists", ErrorCode::InvalidInput, {name});
    return m_db.lastError("saving persona '" + name + "'");
  }
  if (m_db.changes() == 0) return makeError("persona.unknown", ErrorCode::NotFound, {name});
  auto saved = find(name, true);
  if (!saved) return saved.error();
  if (!*saved) return makeError("persona.unknown", ErrorCode::Internal, {name});
  return std::move(**saved);
}

Result<std::vector<Persona>> PersonaStore::list() {
  auto stmt = m_db.prepare(std::string(kSelect) + " WHERE retired = 0 ORDER BY name" + byteOrder(m_db));
  if (!stmt) return stmt.error();
  std::vector<Persona> personas;
  while (stmt->step()) personas.push_back(readPersona(*stmt));
  if (!stmt->ok()) return m_db.lastError("listing the personas");
  return personas;
}

Result<std::optional<Persona>> PersonaStore::find(const std::string& name, bool includeRetired) {
  return findWhere(includeRetired ? "name = ?" : "name = ? AND retired = 0", name);
}

Result<std::optional<Persona>> PersonaStore::findWhere(const std::string& condition, const std::string& value) {
  auto stmt = m_db.prepare(std::string(kSelect) + " WHERE " + condition);
  if (!stmt) return stmt.error();
  stmt->bind(1, value);
  if (!stmt->step()) {
    if (!stmt->ok()) return m_db.lastError("reading persona '" + value + "'");
    return std::optional<Persona>{};
  }
  return std::optional<Persona>(readPersona(*stmt));
}

Result<bool> PersonaStore::remove(const std::string& name) {
  Transaction tx(m_db);
  if (!tx.begun()) return tx.begun().error();
  auto retire = m_db.prepare(
      "UPDATE personas SET retired = 1, updated_at = ?2 WHERE name = ?1 AND retired = 0 "
      "AND EXISTS (SELECT 1 FROM drafts WHERE persona_id = personas.id)");
  if (!retire) return retire.error();
  if (!retire->bind(1, name).bind(2, nowIso8601()).run()) return m_db.lastError("removing persona '" + name + "'");
  bool removed = m_db.changes() > 0;
  if (!removed) {
    auto erase = m_db.prepare("DELETE FROM personas WHERE name = ? AND retired = 0");
    if (!erase) return erase.error();
    if (!erase->bind(1, name).run()) return m_db.lastError("removing persona '" + name + "'");
    removed = m_db.changes() > 0;
  }
  if (auto st = tx.commit(); !st) return st.error();
  return removed;
}

Result<std::vector<Persona>> PersonaStore::resolve(const std::string& spec) {
  if (trimmed(spec) == "all") {
    auto all = list();
    if (!all) return all.error();
    if (all->empty()) return makeError("persona.none", ErrorCode::InvalidInput, {}, "--personas");
    return all;
  }
  std::vector<Persona> chosen;
  std::set<std::string> seen;
  std::size_t start = 0;
  while (start <= spec.size()) {
    std::size_t end = spec.find(',', start);
    if (end == std::string::npos) end = spec.size();
    const std::string name = trimmed(spec.substr(start, end - start));
    start = end + 1;
    if (name.empty() || !seen.insert(name).second) continue;
    auto found = find(name);
    if (!found) return found.error();
    if (!*found) return makeError("persona.unknown", ErrorCode::InvalidInput, {name}, "--personas");
    chosen.push_back(std::move(**found));
  }
  if (chosen.empty()) return makeError("persona.none", ErrorCode::InvalidInput, {}, "--personas");
  return chosen;
}

}  // namespace copydesk
