#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/batch/batch_plan.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk::batch {

// What the user asked for, before anything is looked up.
struct BatchSpec {
  std::string templateRef;            // a stored template's name, or a template file
  std::vector<std::string> skus;      // empty (and no productIds): every product
  std::vector<std::int64_t> productIds;  // the studio's selection, by id, instead of skus
  std::string field;                  // empty: the template's (a bare file: description)
  int variants = 1;
  std::vector<BatchTarget> targets;   // an empty model: the template's, else the profile's default
  Json variables = Json::object();    // over the template's default variables
  std::optional<double> temperature;  // over the template's
  std::optional<int> maxTokens;       // over the template's, else kDefaultMaxTokens
  std::optional<std::int64_t> templateVersionId;  // resume: this version instead of the latest
  // Write for personas (issue 13): "all" or NAME[,NAME…]; every product × persona × variant gets
  // its draft. Empty: copy for no persona.
  std::string personas;
  // Answer customer questions (issue 14): one draft per imported question of the products (and
  // variant and target); the template sees the question as {{question}}. Not with personas.
  bool questions = false;
  // Translate (issue 14): these drafts (approved ones) into each of these languages (market codes,
  // see core/translation/market.h): one draft per source draft × language × variant × target, for
  // the source's product, field and persona. Not with personas or questions.
  std::vector<std::int64_t> sourceDrafts;
  std::vector<std::string> languages;
};

// Turns a BatchSpec into a BatchPlan: finds the template (a file is saved as a version named after
// its stem, unless the latest version already holds the same text), the products, the models, and
// renders every product's prompt with the template parsed once. Unknown templates and SKUs and
// template syntax errors (FILE:LINE:COL) are InvalidInput; a product id no longer stored is NotFound.
class BatchPlanner final {
 public:
  explicit BatchPlanner(Database& db) : m_db(db) {}

  Result<BatchPlan> plan(const BatchSpec& spec);

 private:
  Result<TemplateVersion> resolveTemplate(const BatchSpec& spec);
  Result<TemplateVersion> templateFromFile(const std::string& path, const std::string& field);
  Status loadProducts(const BatchSpec& spec, BatchPlan& plan, std::vector<Json>& contexts);
  Status resolveTargets(const BatchSpec& spec, BatchPlan& plan);
  Status resolvePersonas(const BatchSpec& spec, BatchPlan& plan);
  // Turns the products' contexts into one per question of theirs (products without one drop out).
  Status resolveQuestions(BatchPlan& plan, std::vector<Json>& contexts);
  // The source drafts, their products and markets, and a prompt context per source × market.
  Status loadSources(const BatchSpec& spec, BatchPlan& plan, std::vector<Json>& contexts);
  Status render(const std::string& templateRef, BatchPlan& plan, const std::vector<Json>& contexts);

  Database& m_db;
};

}  // namespace copydesk::batch
