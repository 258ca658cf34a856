#include "core/templates/default_templates.h"

#include <algorithm>

#include "core/templates/template_file.h"
#include "core/common/error_id.h"

namespace copydesk {

Result<std::vector<PromptTemplate>> loadDefaultTemplates(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return makeError("template.no-folder", ErrorCode::NotFound, {}, dir.string());
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  if (ec) return makeError("template.cannot-list", ErrorCode::Io, {ec.message()}, dir.string());
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
