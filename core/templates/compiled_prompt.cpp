#include "core/templates/compiled_prompt.h"

namespace copydesk {
namespace {

void tagPart(std::vector<TemplateDiagnostic>& warnings, std::size_t from, const char* part) {
  for (std::size_t i = from; i < warnings.size(); ++i) warnings[i].part = part;
}

bool missesAnyDefault(const Json& context, const Json& defaults) {
  for (const auto& [key, value] : defaults.items())
    if (!context.contains(key)) return true;
  return false;
}

}  // namespace

RenderOptions CompiledPrompt::renderOptions() {
  RenderOptions options;
  options.escapeHtml = false;
  options.emptyStringIsFalsy = true;
  return options;
}

ParseResult<CompiledPrompt> CompiledPrompt::compile(const PromptTemplate& prompt, const PartialLoader& loader) {
  std::optional<MustacheTemplate> system;
  if (!prompt.systemPart.empty()) {
    auto parsed = MustacheTemplate::parse(prompt.systemPart, loader);
    if (!parsed) {
      TemplateDiagnostic error = parsed.error();
      error.part = "system";
      return error;
    }
    system = std::move(parsed).value();
  }
  auto user = MustacheTemplate::parse(prompt.userPart, loader);
  if (!user) {
    TemplateDiagnostic error = user.error();
    error.part = "user";
    return error;
  }
  return CompiledPrompt(prompt, std::move(system), std::move(user).value());
}

Json CompiledPrompt::withDefaults(const Json& context) const {
  Json filled = context;
  Json vars = filled.contains("vars") && filled["vars"].is_object() ? filled["vars"] : Json::object();
  for (const auto& [key, value] : m_prompt.variables.items()) {
    if (!filled.contains(key)) filled[key] = value;
    if (!vars.contains(key)) vars[key] = value;
  }
  // Assigned last: ordered_json keeps members in a vector, so earlier references would dangle.
  filled["vars"] = std::move(vars);
  return filled;
}

RenderedPrompt CompiledPrompt::render(const Json& context) const {
  const bool fill = context.is_object() && m_prompt.variables.is_object() && !m_prompt.variables.empty() &&
                    missesAnyDefault(context, m_prompt.variables);
  const Json filled = fill ? withDefaults(context) : Json();
  const Json& used = fill ? filled : context;
  const RenderOptions options = renderOptions();
  RenderedPrompt rendered;
  if (m_system) {
    m_system->renderTo(rendered.system, used, options, &rendered.warnings);
    tagPart(rendered.warnings, 0, "system");
  }
  const std::size_t userFrom = rendered.warnings.size();
  m_user.renderTo(rendered.user, used, options, &rendered.warnings);
  tagPart(rendered.warnings, userFrom, "user");
  return rendered;
}

}  // namespace copydesk
