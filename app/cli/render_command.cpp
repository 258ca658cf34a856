// copydesk-cli render TEMPLATE --data JSON_FILE
// copydesk-cli render TEMPLATE --product SKU [--var key=value]…
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/cli_context.h"
#include "app/cli/command_registry.h"
#include "core/common/error_id.h"
#include "core/related/related_context.h"
#include "core/store/persona_store.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "core/templates/compiled_prompt.h"
#include "core/templates/json_file.h"
#include "core/templates/mustache_template.h"
#include "core/templates/template_context.h"
#include "core/templates/template_file.h"

namespace copydesk::cli {
namespace {

namespace fs = std::filesystem;

struct RenderArgs {
  std::string templateArg;
  std::string dataFile;
  std::string sku;
  std::vector<std::string> vars;
  std::string persona;
};

// Where partials come from, and how to name the file a diagnostic points into.
struct PartialSource {
  PartialLoader loader;
  std::function<std::string(const std::string& partial)> fileOf;
};

PartialSource folderPartials(const fs::path& folder) {
  auto fileOf = [folder](const std::string& name) { return (folder / (name + ".mustache")).string(); };
  auto loader = [fileOf](const std::string& name) -> std::optional<std::string> {
    auto text = readTextFile(fileOf(name));
    if (!text) return std::nullopt;
    return std::move(text).value();
  };
  return {loader, fileOf};
}

// A stored template's partials are other stored templates (their user part), by name.
PartialSource storedPartials(TemplateStore& store) {
  auto loader = [&store](const std::string& name) -> std::optional<std::string> {
    auto found = store.latest(name);
    if (!found || !*found) return std::nullopt;
    return (*found)->prompt.userPart;
  };
  return {loader, [](const std::string& name) { return name; }};
}

std::string describe(const TemplateDiagnostic& diagnostic, const std::string& file, const PartialSource& partials) {
  const std::string where = diagnostic.templateName.empty() ? file : partials.fileOf(diagnostic.templateName);
  std::string text = diagnostic.describe(where);
  if (diagnostic.part == "system") text += " (system part)";
  return text;
}

void printWarnings(const std::vector<TemplateDiagnostic>& warnings, const std::string& file,
                   const PartialSource& partials) {
  for (const TemplateDiagnostic& warning : warnings) std::cerr << describe(warning, file, partials) << '\n';
}

Result<Json> parseVars(const std::vector<std::string>& assignments) {
  Json vars = Json::object();
  for (const std::string& assignment : assignments) {
    const std::size_t equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0)
      return makeError(ErrorCode::InvalidInput, "expects key=value, got '" + assignment + "'", "--var");
    vars[assignment.substr(0, equals)] = assignment.substr(equals + 1);
  }
  return vars;
}

// Standard Mustache: the file's text against any JSON value; stdout gets exactly the rendered bytes.
int renderData(const RenderArgs& args) {
  auto text = readTextFile(args.templateArg);
  if (!text) return reportError(text.error());
  auto data = readJsonFile(args.dataFile);
  if (!data) return reportError(data.error());
  auto vars = parseVars(args.vars);
  if (!vars) return reportError(vars.error());
  if (!vars->empty()) {
    if (!data->is_object()) return reportError(makeError(ErrorCode::InvalidInput, "--var needs a JSON object", args.dataFile));
    for (const auto& [key, value] : vars->items()) (*data)[key] = value;
  }
  const PartialSource partials = folderPartials(fs::path(args.templateArg).parent_path());
  auto parsed = MustacheTemplate::parse(*text, partials.loader);
  if (!parsed) {
    std::cerr << describe(parsed.error(), args.templateArg, partials) << '\n';
    return kExitBadInput;
  }
  const RenderOutput output = parsed->render(*data);
  std::cout.write(output.text.data(), static_cast<std::streamsize>(output.text.size()));
  std::cout.flush();
  printWarnings(output.warnings, args.templateArg, partials);
  return std::cout ? kExitOk : kExitFailure;
}

void printPart(const char* header, const std::string& text, bool withHeader) {
  if (withHeader) std::cout << "--- " << header << " ---\n";
  std::cout << text;
  if (!text.empty() && text.back() != '\n') std::cout << '\n';
}

// A prompt for a stored product: prompt semantics (no HTML escaping), readable output.
int renderProduct(CliContext& context, const RenderArgs& args) {
  auto vars = parseVars(args.vars);
  if (!vars) return reportError(vars.error());
  auto db = context.openDatabase();
  if (!db) return context.exitCode;
  TemplateStore templates(*db);
  PromptTemplate prompt;
  PartialSource partials;
  std::error_code ec;
  if (fs::is_regular_file(args.templateArg, ec)) {
    auto loaded = loadTemplateFile(args.templateArg);
    if (!loaded) return reportError(loaded.error());
    prompt = std::move(loaded).value();
    partials = folderPartials(fs::path(args.templateArg).parent_path());
  } else {
    auto stored = templates.latest(args.templateArg);
    if (!stored) return reportError(stored.error());
    if (!*stored) {
      std::cerr << "unknown template '" << args.templateArg << "' (no such file and no stored template)\n";
      return kExitBadInput;
    }
    prompt = (*stored)->prompt;
    partials = storedPartials(templates);
  }
  ProductStore products(*db);
  auto product = products.findBySku(args.sku);
  if (!product) return reportError(product.error());
  if (!*product) {
    std::cerr << "unknown product '" << args.sku << "'\n";
    return kExitBadInput;
  }
  auto compiled = CompiledPrompt::compile(prompt, partials.loader);
  if (!compiled) {
    std::cerr << describe(compiled.error(), args.templateArg, partials) << '\n';
    return kExitBadInput;
  }
  std::optional<Persona> persona;
  if (!args.persona.empty()) {
    auto found = PersonaStore(*db).find(args.persona);
    if (!found) return reportError(found.error());
    if (!*found) return reportError(makeError("persona.unknown", ErrorCode::InvalidInput, {args.persona}, "--persona"));
    persona = std::move(*found);
  }
  const Json variables = mergeVariables(prompt.variables, *vars);
  Json productContext = buildTemplateContext(**product, variables, persona ? &*persona : nullptr);
  if (templateUsesRelated(prompt)) {  // the related products generation would use (issue 14)
    auto st = addRelatedContext(*db, **product, std::span<Json>(&productContext, 1));
    if (!st) return reportError(st.error());
  }
  const RenderedPrompt rendered = compiled->render(productContext);
  const bool headers = !rendered.system.empty();
  if (headers) printPart("system", rendered.system, true);
  printPart("user", rendered.user, headers);
  std::cout.flush();
  printWarnings(rendered.warnings, args.templateArg, partials);
  return std::cout ? kExitOk : kExitFailure;
}

int runRender(CliContext& context, const RenderArgs& args) {
  if (!args.dataFile.empty()) return renderData(args);
  if (!args.sku.empty()) return renderProduct(context, args);
  std::cerr << "render: say what to render with: --data JSON_FILE or --product SKU\n";
  return kExitBadInput;
}

void install(CLI::App& app, CliContext& context) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* cmd = app.add_subcommand("render", "Render a Mustache template or a prompt template");
  cmd->footer(
      "With --data: TEMPLATE is read as Mustache text (any extension) and rendered against the JSON\n"
      "file with standard Mustache rules ({{x}} is HTML-escaped). stdout gets exactly the rendered\n"
      "bytes, nothing added. {{> name}} loads name.mustache from TEMPLATE's folder.\n"
      "\n"
      "With --product: TEMPLATE is a template file (NAME.json definition, or any other file as the\n"
      "user part) or the name of a stored template. It is rendered as a prompt (no HTML escaping,\n"
      "empty variables count as missing) for the stored product with that SKU, with the template's\n"
      "variables overridden by --var. Output: the user part alone when there is no system part;\n"
      "otherwise a '--- system ---' line, the system part, a '--- user ---' line and the user part,\n"
      "each part ending with a newline.\n"
      "\n"
      "Unknown variables are reported on stderr as TEMPLATE:LINE:COL: warning: unknown variable 'x'\n"
      "(with ' (system part)' appended for the system part; for a .json definition LINE:COL count\n"
      "within that part's text); they do not change the exit code.\n"
      "Exit codes: 0 rendered, 2 bad input (missing file, bad JSON as FILE:LINE:COL, template syntax\n"
      "error as FILE:LINE:COL: cause, unknown product or template), 1 database failure.");
  cmd->add_option("template", args->templateArg, "template file, or stored template name (with --product)")
      ->required();
  auto* data = cmd->add_option("--data", args->dataFile, "JSON file with the values (any JSON value)");
  auto* product = cmd->add_option("--product", args->sku, "SKU of a stored product to render the prompt for");
  data->excludes(product);
  cmd->add_option("--persona", args->persona, "with --product: write for this persona ({{persona.name}}, …)");
  // One value per --var, so "--var a=1 TEMPLATE" leaves TEMPLATE to the positional.
  cmd->add_option("--var", args->vars, "user variable key=value (repeatable): brand_voice, audience, tone…")
      ->allow_extra_args(false);
  cmd->callback([args, &context] { context.exitCode = runRender(context, *args); });
}

static const bool registered = registerCommand("render", install);

}  // namespace
}  // namespace copydesk::cli
