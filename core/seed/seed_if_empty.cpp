#include "core/seed/seed_if_empty.h"

#include "core/catalog/catalog_importer.h"
#include "core/templates/default_templates.h"
#include "core/store/template_store.h"

namespace copydesk {
namespace {

constexpr const char* kAuthor = "copydesk";

Result<bool> storeIsEmpty(Database& db) {
  auto stmt = db.prepare(
      "SELECT NOT EXISTS (SELECT 1 FROM products) AND NOT EXISTS (SELECT 1 FROM templates)");
  if (!stmt) return stmt.error();
  if (!stmt->step()) return db.lastError("checking whether the store is empty");
  return stmt->integer(0) != 0;
}

Status saveDefaultTemplates(Database& db, const std::filesystem::path& dir, SeedSummary& summary) {
  auto templates = loadDefaultTemplates(dir);
  if (!templates) return templates.error();
  TemplateStore store(db);
  for (const PromptTemplate& prompt : *templates) {
    auto saved = store.save(prompt, kAuthor, "default template");
    if (!saved) return saved.error();
    ++summary.templates;
  }
  return {};
}

}  // namespace

std::string describeSeed(const SeedSummary& summary) {
  if (!summary.seeded) return "the store already has data";
  return "seeded " + std::to_string(summary.products) + " products (" + std::to_string(summary.variants) +
         " variants) and " + std::to_string(summary.templates) + " templates";
}

Result<SeedSummary> seedIfEmpty(Database& db, const std::filesystem::path& resources) {
  Transaction tx(db);
  if (!tx.begun()) return tx.begun().error();
  auto empty = storeIsEmpty(db);
  if (!empty) return empty.error();
  SeedSummary summary;
  if (!*empty) return summary;

  auto imported = importCatalog(db, resources / "catalog" / "sample_products.json");
  if (!imported) return imported.error();
  summary.products = imported->products;
  summary.variants = imported->variants;
  if (auto saved = saveDefaultTemplates(db, resources / "templates", summary); !saved) return saved.error();
  if (auto committed = tx.commit(); !committed) return committed.error();
  summary.seeded = true;
  return summary;
}

}  // namespace copydesk
