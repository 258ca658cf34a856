#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"
#include "core/store/database.h"
#include "core/templates/prompt_template.h"
#include "core/templates/template_diagnostic.h"

namespace copydesk::ui {

// What the rendered-prompt pane shows for one template and (maybe) one product.
struct PromptPreview {
  std::string system;
  std::string user;
  std::string productLabel;       // "SKU — title", empty without a product
  bool rendered = false;          // false: the template as written (no product, or it does not parse)
  bool hasErrors = false;
  std::vector<std::string> notes; // syntax errors and warnings, "user part 2:7: warning: …"
  std::vector<TemplateDiagnostic> diagnostics;  // the same, with their parts and places (for the editor)
  std::vector<std::string> variableNames;       // top-level names the product and variables offer, sorted
};

// Renders the template for the product exactly as a generation would (stored templates serve as
// partials). Without a product (id 0) it shows the text as written, still checked for errors.
// Runs on the store thread: it reads the product and the partials.
// variables: the user's variables (the Variables pane), as generation passes them.
Result<PromptPreview> previewPrompt(Database& db, const PromptTemplate& prompt, std::int64_t productId,
                                    const Json& variables = Json::object());

}  // namespace copydesk::ui
