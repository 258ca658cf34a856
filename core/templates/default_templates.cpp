#include "core/templates/default_templates.h"

#include <algorithm>

#include "core/templates/template_file.h"

namespace copydesk {

Result<std::vector<PromptTemplate>> loadDefaultTemplates(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return makeError(ErrorCode::NotFound, "no template folder here", dir.string());
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  if (ec) return makeError(ErrorCode::Io, "cannot list (" + ec.message() + ")", dir.string());
  std::sort(files.begin(), files.end());
  std::vector<PromptTemplate> templates;
  for (const auto& file : files) {
    auto prompt = loadTemplateFile(file);
    if (!prompt) return prompt.error();
    templates.push_back(std::move(prompt).value());
  }
  return templates;
}

}  // namespace copydesk
