#include "core/batch/translation_template.h"

#include <filesystem>

#include "core/common/paths.h"
#include "core/store/template_store.h"

namespace copydesk::batch {

Result<std::string> translationTemplateRef(Database& db, const std::string& name) {
  auto latest = TemplateStore(db).latest(name);
  if (!latest) return latest.error();
  if (*latest) return name;
  const std::filesystem::path shipped = resourcesDir() / "templates" / "translate" / (name + ".json");
  std::error_code ec;
  if (std::filesystem::is_regular_file(shipped, ec)) return shipped.string();
  return name;  // a file path or an unknown name: the planner says which
}

}  // namespace copydesk::batch
