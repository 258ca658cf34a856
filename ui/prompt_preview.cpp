#include "ui/prompt_preview.h"

namespace copydesk::ui {

PromptPreview previewPrompt(const PromptTemplate& prompt, const std::optional<Product>& product) {
  // The Mustache renderer (core/templates) is not in this build yet: show the template as written.
  PromptPreview preview;
  preview.system = prompt.systemPart;
  preview.user = prompt.userPart;
  (void)product;
  return preview;
}

}  // namespace copydesk::ui
