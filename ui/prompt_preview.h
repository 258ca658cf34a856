#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/store/product.h"
#include "core/templates/prompt_template.h"

namespace copydesk::ui {

// What the rendered-prompt pane shows for one template and (maybe) one product.
struct PromptPreview {
  std::string system;
  std::string user;
  bool rendered = false;             // false: the raw template text (no product, or no renderer)
  std::vector<std::string> notes;    // diagnostics and explanations, one per line
};

// Renders the template for the product when both are there; otherwise shows the raw text.
PromptPreview previewPrompt(const PromptTemplate& prompt, const std::optional<Product>& product);

}  // namespace copydesk::ui
