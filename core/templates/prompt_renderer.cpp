#include "core/templates/prompt_renderer.h"

namespace copydesk {

Result<RenderedPrompt> renderPrompt(const PromptTemplate& prompt, const Json& context, const PartialLoader& loader) {
  auto compiled = CompiledPrompt::compile(prompt, loader);
  if (!compiled) {
    const TemplateDiagnostic& diagnostic = compiled.error();
    Error error = diagnostic.toError(prompt.name.empty() ? "template" : prompt.name);
    if (diagnostic.part == "system") addContext(error, "template.in-system-part");
    if (diagnostic.part == "user") addContext(error, "template.in-user-part");
    return error;
  }
  return compiled->render(context);
}

}  // namespace copydesk
