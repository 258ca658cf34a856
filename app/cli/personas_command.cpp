// copydesk-cli personas add|list|remove|add-examples: the audience personas copy is written for
// (issue 13). `generate --personas` writes one draft per product × persona × variant.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/common/error_id.h"
#include "core/common/json.h"
#include "core/common/paths.h"
#include "core/seed/example_personas.h"
#include "core/store/persona_store.h"

namespace copydesk::cli {
namespace {

struct PersonasArgs {
  Persona persona;
  std::string name;
  bool json = false;
  std::string examplesLanguage = "en";
};

Json personaJson(const Persona& p) {
  return {{"name", p.name},         {"description", p.description}, {"audience", p.audience},
          {"interests", p.interests}, {"tone", p.tone},             {"language", p.language},
          {"channel", p.channel},   {"key", personaKey(p.name)}};
}

int runAdd(CliContext& context, const Persona& persona) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto saved = PersonaStore(*db).add(persona);
  if (!saved) return reportError(saved.error());
  std::cout << "added persona '" << saved->name << "'\n";
  return kExitOk;
}

int runList(CliContext& context, bool json) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto personas = PersonaStore(*db).list();
  if (!personas) return reportError(personas.error());
  if (json) {
    Json array = Json::array();
    for (const Persona& p : *personas) array.push_back(personaJson(p));
    std::cout << array.dump(2) << '\n';
    return kExitOk;
  }
  for (const Persona& p : *personas) {
    std::cout << p.name << (p.description.empty() ? "" : "  " + p.description) << '\n';
    if (!p.tone.empty()) std::cout << "    tone: " << p.tone << '\n';
  }
  std::cout << personas->size() << (personas->size() == 1 ? " persona\n" : " personas\n");
  return kExitOk;
}

int runRemove(CliContext& context, const std::string& name) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto removed = PersonaStore(*db).remove(name);
  if (!removed) return reportError(removed.error());
  if (!*removed) return reportError(makeError("persona.unknown", ErrorCode::InvalidInput, {name}, "personas remove"));
  std::cout << "removed persona '" << name << "'\n";
  return kExitOk;
}

int runAddExamples(CliContext& context, const std::string& language) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto added = addExamplePersonas(*db, resourcesDir(), language);
  if (!added) return reportError(added.error());
  std::cout << "added " << *added << (*added == 1 ? " example persona\n" : " example personas\n");
  return kExitOk;
}

void addValueOptions(CLI::App* cmd, Persona& p) {
  cmd->add_option("--description", p.description, "who they are, in a sentence");
  cmd->add_option("--audience", p.audience, "the audience (age, situation)");
  cmd->add_option("--interests", p.interests, "what they care about");
  cmd->add_option("--tone", p.tone, "the tone to write in for them");
  cmd->add_option("--language", p.language, "the language of their copy (en, zh, …)");
  cmd->add_option("--channel", p.channel, "where they read it (generic, social, amazon-title, …)");
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<PersonasArgs>();
  CLI::App* cmd = app.add_subcommand("personas", "Add, list and remove the audience personas copy is written for");
  cmd->require_subcommand(1);

  CLI::App* add = cmd->add_subcommand("add", "Add a persona (templates see it as {{persona.name}}, {{persona.tone}} …)");
  add->add_option("name", args->persona.name, "its name, unique")->required();
  addValueOptions(add, args->persona);
  add->callback([args, &context] { context.exitCode = runAdd(context, args->persona); });

  CLI::App* list = cmd->add_subcommand("list", "The personas, by name");
  list->add_flag("--json", args->json, "print a JSON array of {name, description, audience, interests, tone, "
                                       "language, channel, key}");
  list->callback([args, &context] { context.exitCode = runList(context, args->json); });

  CLI::App* remove = cmd->add_subcommand("remove", "Remove a persona (drafts written for it keep its name)");
  remove->add_option("name", args->name, "its name")->required();
  remove->callback([args, &context] { context.exitCode = runRemove(context, args->name); });

  CLI::App* examples = cmd->add_subcommand("add-examples", "Add the shipped example personas not yet there");
  examples->add_option("--language", args->examplesLanguage, "en (budget-students, gift-buyers, …) or zh (学生党, …)")
      ->check(CLI::IsMember({"en", "zh"}));
  examples->callback([args, &context] { context.exitCode = runAddExamples(context, args->examplesLanguage); });
}

static const bool registered = registerCommand("personas", install);

}  // namespace
}  // namespace copydesk::cli
