// copydesk-cli templates [list] [--json] | show NAME [--version N] | save FILE [--name NAME] [--note TEXT]
// The stored prompt templates: what `generate --template NAME` and `render TEMPLATE --product` accept.
#include <iostream>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/store/template_store.h"
#include "core/templates/template_file.h"

namespace copydesk::cli {
namespace {

struct TemplatesArgs {
  std::string name;
  std::string file;
  std::string note;
  int version = 0;
  bool json = false;
};

Json describe(const TemplateVersion& v) {
  Json settings = Json::object();
  if (!v.prompt.defaults.model.empty()) settings["model"] = v.prompt.defaults.model;
  if (v.prompt.defaults.temperature) settings["temperature"] = *v.prompt.defaults.temperature;
  if (v.prompt.defaults.maxTokens) settings["max_tokens"] = *v.prompt.defaults.maxTokens;
  return Json{{"name", v.prompt.name},       {"version", v.version},          {"version_id", v.id},
              {"field", v.prompt.field},     {"channel", v.prompt.channel},   {"language", v.prompt.language},
              {"system", v.prompt.systemPart}, {"user", v.prompt.userPart},   {"variables", v.prompt.variables},
              {"defaults", settings},        {"author", v.author},            {"note", v.note},
              {"created_at", v.createdAt}};
}

int list(CliContext& context, const TemplatesArgs& args) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto templates = TemplateStore(*db).listLatest();
  if (!templates) return reportError(templates.error());
  if (args.json) {
    Json out = Json::array();
    for (const auto& v : *templates) out.push_back(describe(v));
    std::cout << out.dump(2) << '\n';
    return kExitOk;
  }
  for (const auto& v : *templates) {
    std::cout << v.prompt.name << "  v" << v.version << "  " << v.prompt.field << "  " << v.prompt.channel
              << (v.prompt.language.empty() ? "" : "  " + v.prompt.language) << '\n';
  }
  std::cout << templates->size() << (templates->size() == 1 ? " template\n" : " templates\n");
  return kExitOk;
}

int show(CliContext& context, const TemplatesArgs& args) {
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto versions = TemplateStore(*db).versions(args.name);
  if (!versions) return reportError(versions.error());
  if (versions->empty()) return reportError(makeError(ErrorCode::NotFound, "unknown template '" + args.name + "'"));
  const TemplateVersion* chosen = &versions->back();
  if (args.version > 0) {
    chosen = nullptr;
    for (const auto& v : *versions) {
      if (v.version == args.version) chosen = &v;
    }
    if (!chosen) {
      return reportError(makeError(ErrorCode::NotFound, "template '" + args.name + "' has no version " +
                                                            std::to_string(args.version)));
    }
  }
  std::cout << describe(*chosen).dump(2) << '\n';
  return kExitOk;
}

int save(CliContext& context, const TemplatesArgs& args) {
  auto prompt = loadTemplateFile(args.file);
  if (!prompt) return reportError(prompt.error());
  if (!args.name.empty()) prompt->name = args.name;
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  auto saved = TemplateStore(*db).save(*prompt, {}, args.note);
  if (!saved) return reportError(saved.error());
  std::cout << "saved " << saved->prompt.name << " version " << saved->version << '\n';
  return kExitOk;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<TemplatesArgs>();
  auto* cmd = app.add_subcommand("templates", "List, show and save prompt templates (every save is a new version)");
  cmd->require_subcommand(0, 1);
  cmd->add_flag("--json", args->json, "List as a JSON array");
  cmd->callback([&context, args, cmd] {
    if (cmd->get_subcommands().empty()) context.exitCode = list(context, *args);
  });

  auto* listCmd = cmd->add_subcommand("list", "List the templates, latest version of each");
  listCmd->add_flag("--json", args->json, "As a JSON array");
  listCmd->callback([&context, args] { context.exitCode = list(context, *args); });

  auto* showCmd = cmd->add_subcommand("show", "Print one template version as JSON (the latest by default)");
  showCmd->add_option("NAME", args->name, "Template name")->required();
  showCmd->add_option("--version", args->version, "Version number");
  showCmd->callback([&context, args] { context.exitCode = show(context, *args); });

  auto* saveCmd = cmd->add_subcommand(
      "save", "Save a template file (.json definition, or a bare Mustache file as the user part) as a new version");
  saveCmd->add_option("FILE", args->file, "Template file")->required();
  saveCmd->add_option("--name", args->name, "Store under this name (default: the file's name field or stem)");
  saveCmd->add_option("--note", args->note, "What changed");
  saveCmd->callback([&context, args] { context.exitCode = save(context, *args); });
}

const bool registered = registerCommand("templates", install);

}  // namespace
}  // namespace copydesk::cli
