#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/templates/mustache_template.h"
#include "core/templates/parse_result.h"
#include "core/templates/prompt_template.h"

namespace copydesk {

struct RenderedPrompt {
  std::string system;  // empty when the template has no system part
  std::string user;
  std::vector<TemplateDiagnostic> warnings;  // each names its part ("system" / "user")
};

// A prompt template with both parts parsed, ready to render for many products (a batch parses
// once). Renders with prompt semantics: no HTML escaping, empty strings falsy.
class CompiledPrompt final {
 public:
  // A syntax error names its part in TemplateDiagnostic::part.
  static ParseResult<CompiledPrompt> compile(const PromptTemplate& prompt, const PartialLoader& loader = {});

  // The template's declared variables fill in whatever context does not already have.
  RenderedPrompt render(const Json& context) const;

  const PromptTemplate& prompt() const { return m_prompt; }
  static RenderOptions renderOptions();

 private:
  CompiledPrompt(PromptTemplate prompt, std::optional<MustacheTemplate> system, MustacheTemplate user)
      : m_prompt(std::move(prompt)), m_system(std::move(system)), m_user(std::move(user)) {}
  Json withDefaults(const Json& context) const;

  PromptTemplate m_prompt;
  std::optional<MustacheTemplate> m_system;
  MustacheTemplate m_user;
};

}  // namespace copydesk
