#include "core/templates/prompt_renderer.h"

namespace copydesk {

Result<RenderedPrompt> renderPrompt(const PromptTemplate& prompt, const Json& context, const PartialLoader& loader) {
  auto compiled = CompiledPrompt::compile(prompt, loader);
  if (!compiled) {
    TemplateDiagnostic error = compiled.error();
    error.message = error.part + " part: " + error.message;
    return error.toError(prompt.name.empty() ? "template" : prompt.name);
  }
  return compiled->render(context);
}

}  // namespace copydesk
