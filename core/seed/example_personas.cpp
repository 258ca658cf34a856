#include "core/seed/example_personas.h"

#include "core/common/error_id.h"
#include "core/store/persona_store.h"
#include "core/templates/json_file.h"

namespace copydesk {
namespace {

std::string textOf(const Json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Result<std::vector<Persona>> loadExamplePersonas(const std::filesystem::path& resources, const std::string& language) {
  const std::string file = language.rfind("zh", 0) == 0 ? "personas-zh.json" : "personas-en.json";
  auto json = readJsonFile(resources / "personas" / file);
  if (!json) return makeError("persona.examples-unreadable", ErrorCode::Io, {json.error().describe()}, file);
  const Json& list = (*json)["personas"];
  if (!list.is_array()) return makeError("persona.examples-unreadable", ErrorCode::Io, {"no \"personas\" array"}, file);
  std::vector<Persona> personas;
  for (const Json& item : list) {
    if (!item.is_object()) continue;
    Persona p;
    p.name = textOf(item, "name");
    p.description = textOf(item, "description");
    p.audience = textOf(item, "audience");
    p.interests = textOf(item, "interests");
    p.tone = textOf(item, "tone");
    p.language = textOf(item, "language");
    p.channel = textOf(item, "channel");
    if (!p.name.empty()) personas.push_back(std::move(p));
  }
  return personas;
}

Result<int> addExamplePersonas(Database& db, const std::filesystem::path& resources, const std::string& language) {
  auto examples = loadExamplePersonas(resources, language);
  if (!examples) return examples.error();
  PersonaStore store(db);
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  int added = 0;
  for (const Persona& example : *examples) {
    auto existing = store.find(example.name);
    if (!existing) return existing.error();
    if (*existing) continue;
    auto saved = store.add(example);
    if (!saved) return saved.error();
    ++added;
  }
  if (auto st = tx.commit(); !st) return st.error();
  return added;
}

}  // namespace copydesk
