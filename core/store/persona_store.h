#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/persona.h"

namespace copydesk {

// The personas table (issue 13). Names are unique. Removing a persona that drafts were written for
// retires it instead: it leaves the lists and `all`, and its drafts keep naming it; adding the
// same name again brings it back with the new values.
class PersonaStore final {
 public:
  explicit PersonaStore(Database& db) : m_db(db) {}

  // InvalidInput persona.without-name, persona.name-has-comma, persona.exists (a persona in use has
  // that name).
  Result<Persona> add(const Persona& persona);
  // Changes every value of the persona with persona.id, its name included.
  Result<Persona> update(const Persona& persona);
  Result<std::vector<Persona>> list();  // the personas in use, by name (byte order)
  // includeRetired: also one that was removed but still named by drafts.
  Result<std::optional<Persona>> find(const std::string& name, bool includeRetired = false);
  Result<bool> remove(const std::string& name);  // false: there was none
  // "all" (every persona in use; InvalidInput persona.none when there is none) or NAME[,NAME…] in
  // the order given, each once; an unknown name is InvalidInput persona.unknown.
  Result<std::vector<Persona>> resolve(const std::string& spec);

 private:
  Result<std::optional<Persona>> findWhere(const std::string& condition, const std::string& value);

  Database& m_db;
};

}  // namespace copydesk
