#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/json.h"
#include "core/templates/mustache_node.h"
#include "core/templates/parse_result.h"
#include "core/templates/partial_loader.h"
#include "core/templates/render_options.h"

namespace copydesk {

// A parsed Mustache template (spec v1.4 with inheritance; no lambdas). Parse once, render many:
// rendering reads the shared, immutable tree and never parses, loads or throws. Copies are cheap
// and may be rendered from several threads at once.
class MustacheTemplate final {
 public:
  // Partials ({{>name}}) and parents ({{<name}}) are loaded through loader while parsing.
  // A syntax error comes back with its line and column (in the named partial, if it is there).
  static ParseResult<MustacheTemplate> parse(std::string_view source, const PartialLoader& loader = {});

  RenderOutput render(const Json& context, const RenderOptions& options = {}) const;
  // Appends to out (reuse one buffer across a batch); warnings may be null.
  void renderTo(std::string& out, const Json& context, const RenderOptions& options,
                std::vector<TemplateDiagnostic>* warnings) const;

  // The names this template uses that sampleContext does not have (and missing partials), with
  // their places: exactly the warnings a render against sampleContext reports.
  std::vector<TemplateDiagnostic> check(const Json& sampleContext, const RenderOptions& options = {}) const;

  // Partial and parent names the template refers to, directly or through other partials.
  std::vector<std::string> partialNames() const;

  const MustacheDocument& document() const { return *m_document; }

 private:
  explicit MustacheTemplate(std::shared_ptr<const MustacheDocument> document) : m_document(std::move(document)) {}

  std::shared_ptr<const MustacheDocument> m_document;
};

}  // namespace copydesk
