#include "core/seed/ensure_default_templates.h"

#include "core/store/template_store.h"
#include "core/templates/default_templates.h"

namespace copydesk {

Result<int> ensureDefaultTemplates(Database& db, const std::filesystem::path& resources) {
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  auto any = db.prepare("SELECT EXISTS (SELECT 1 FROM templates)");
  if (!any) return any.error();
  if (!any->step()) return db.lastError("checking for templates");
  if (any->integer(0) != 0) return 0;

  auto templates = loadDefaultTemplates(resources / "templates");
  if (!templates) return templates.error();
  TemplateStore store(db);
  for (const PromptTemplate& prompt : *templates) {
    if (auto saved = store.save(prompt, "copydesk", "default template"); !saved) return saved.error();
  }
  if (auto committed = tx.commit(); !committed) return committed.error();
  return static_cast<int>(templates->size());
}

}  // namespace copydesk
