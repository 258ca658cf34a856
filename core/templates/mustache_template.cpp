#include "core/templates/mustache_template.h"

#include "core/templates/mustache_parser.h"
#include "core/templates/mustache_renderer.h"

namespace copydesk {

ParseResult<MustacheTemplate> MustacheTemplate::parse(std::string_view source, const PartialLoader& loader) {
  auto document = MustacheParser(loader).parse(source);
  if (!document) return document.error();
  return MustacheTemplate(std::move(document).value());
}

RenderOutput MustacheTemplate::render(const Json& context, const RenderOptions& options) const {
  RenderOutput output;
  renderTo(output.text, context, options, &output.warnings);
  return output;
}

void MustacheTemplate::renderTo(std::string& out, const Json& context, const RenderOptions& options,
                                std::vector<TemplateDiagnostic>* warnings) const {
  MustacheRenderer renderer(*m_document, context, options, out, warnings);
  renderer.render();
}

std::vector<TemplateDiagnostic> MustacheTemplate::check(const Json& sampleContext, const RenderOptions& options) const {
  RenderOptions checking = options;
  checking.collectWarnings = true;
  std::string discarded;
  std::vector<TemplateDiagnostic> warnings;
  renderTo(discarded, sampleContext, checking, &warnings);
  return warnings;
}

std::vector<std::string> MustacheTemplate::partialNames() const {
  std::vector<std::string> names;
  for (const MustachePartial& partial : m_document->partials) names.push_back(partial.name);
  return names;
}

}  // namespace copydesk
