#include "ui/prompt_preview.h"

#include <algorithm>

#include "core/related/related_context.h"
#include "core/store/product_store.h"
#include "core/store/template_store.h"
#include "core/templates/compiled_prompt.h"
#include "core/templates/template_context.h"

namespace copydesk::ui {
namespace {

std::string describe(const TemplateDiagnostic& diagnostic) {
  std::string where = diagnostic.part.empty() ? std::string("template") : diagnostic.part + " part";
  if (!diagnostic.templateName.empty()) where += " (partial " + diagnostic.templateName + ")";
  return diagnostic.describe(where);
}

// A stored template's partials are other stored templates (their user part), by name.
PartialLoader storedPartials(Database& db) {
  return [&db](const std::string& name) -> std::optional<std::string> {
    auto found = TemplateStore(db).latest(name);
    if (!found || !*found) return std::nullopt;
    return (*found)->prompt.userPart;
  };
}

// What completion offers: every top-level name of the context (product fields, attribute columns
// and their aliases, the user variables).
std::vector<std::string> topLevelNames(const Json& context) {
  std::vector<std::string> names;
  for (const auto& [name, value] : context.items()) names.push_back(name);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

Result<PromptPreview> previewPrompt(Database& db, const PromptTemplate& prompt, std::int64_t productId,
                                    const Json& variables) {
  PromptPreview preview;
  preview.system = prompt.systemPart;
  preview.user = prompt.userPart;
  auto compiled = CompiledPrompt::compile(prompt, storedPartials(db));
  if (!compiled) {
    preview.hasErrors = true;
    preview.notes.push_back(describe(compiled.error()));
    preview.diagnostics.push_back(compiled.error());
    return preview;
  }
  if (productId == 0) return preview;
  auto product = ProductStore(db).findById(productId);
  if (!product) return product.error();
  if (!*product) return preview;  // deleted meanwhile: show the text as written
  preview.productLabel = (*product)->sku + " — " + (*product)->title;
  Json context = buildTemplateContext(**product, variables.is_object() ? variables : Json::object());
  if (templateUsesRelated(prompt)) {  // the related products generation would use (issue 14)
    if (auto st = addRelatedContext(db, **product, std::span<Json>(&context, 1)); !st) return st.error();
  }
  preview.variableNames = topLevelNames(context);
  RenderedPrompt rendered = compiled->render(context);
  preview.system = std::move(rendered.system);
  preview.user = std::move(rendered.user);
  preview.rendered = true;
  for (const TemplateDiagnostic& warning : rendered.warnings) preview.notes.push_back(describe(warning));
  preview.diagnostics = std::move(rendered.warnings);
  return preview;
}

}  // namespace copydesk::ui
