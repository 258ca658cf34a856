#pragma once

#include <string>
#include <vector>

#include "core/templates/template_diagnostic.h"

namespace copydesk {

struct RenderOptions {
  // {{name}} escapes & < > " ' as the spec says. Prompts are not HTML: the prompt path turns this
  // off so quotes and ampersands in product text reach the model unchanged.
  bool escapeHtml = true;
  // The spec leaves "" truthy; prompts treat an empty variable like a missing one.
  bool emptyStringIsFalsy = false;
  // Report names the context does not have (and partials that do not exist) as warnings.
  bool collectWarnings = true;
};

struct RenderOutput {
  std::string text;
  std::vector<TemplateDiagnostic> warnings;  // in the order met, each place once
};

}  // namespace copydesk
