#include "core/batch/batch_planner.h"

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/related/related_context.h"
#include "core/common/paths.h"
#include "core/store/persona_store.h"
#include "core/store/product_store.h"
#include "core/store/question_store.h"
#include "core/store/template_store.h"
#include "core/templates/compiled_prompt.h"
#include "core/templates/template_context.h"
#include "core/templates/template_file.h"

namespace copydesk::batch {
namespace {

bool looksLikeFile(const std::string& ref) {
  return ref.find('/') != std::string::npos || std::filesystem::is_regular_file(ref);
}

// A render that hit a limit stopped half-way: that prompt must not reach a model.
Status refuseStoppedRender(const RenderedPrompt& rendered, const std::string& templateRef, const std::string& sku) {
  for (const TemplateDiagnostic& warning : rendered.warnings) {
    if (warning.kind != TemplateDiagnostic::Kind::RecursionLimit &&
        warning.kind != TemplateDiagnostic::Kind::RenderLimit)
      continue;
    Error error = warning.toError(templateRef);
    error.code = ErrorCode::InvalidInput;
    addContext(error, "batch.for-product", {sku});
    return error;
  }
  return {};
}

}  // namespace

Result<BatchPlan> BatchPlanner::plan(const BatchSpec& spec) {
  if (spec.variants < 1) return makeError(ErrorCode::InvalidInput, "--variants must be at least 1");
  if (spec.targets.empty()) return makeError(ErrorCode::InvalidInput, "no model to generate with");
  if (spec.questions && !spec.personas.empty()) {
    return makeError("questions.with-personas", ErrorCode::InvalidInput, {}, "--questions");
  }
  BatchPlan plan;
  auto version = resolveTemplate(spec);
  if (!version) return version.error();
  plan.templateVersion = std::move(*version);
  const PromptTemplate& prompt = plan.templateVersion.prompt;
  plan.field = spec.field.empty() ? prompt.field : spec.field;
  plan.variants = spec.variants;
  plan.temperature = spec.temperature ? spec.temperature : prompt.defaults.temperature;
  plan.maxTokens = spec.maxTokens.value_or(prompt.defaults.maxTokens.value_or(kDefaultMaxTokens));
  plan.variables = prompt.variables.is_object() ? prompt.variables : Json::object();
  for (const auto& [key, value] : spec.variables.items()) plan.variables[key] = value;
  if (auto st = resolveTargets(spec, plan); !st) return st.error();
  std::vector<Json> contexts;
  if (!spec.sourceDrafts.empty()) {
    // A translation batch (issue 14): its "products" are the source drafts' (translation_sources.cpp).
    if (auto st = loadSources(spec, plan, contexts); !st) return st.error();
    if (auto st = render(spec.templateRef, plan, contexts); !st) return st.error();
    return plan;
  }
  if (auto st = resolvePersonas(spec, plan); !st) return st.error();
  if (auto st = loadProducts(spec, plan, contexts); !st) return st.error();
  if (spec.questions) {
    if (auto st = resolveQuestions(plan, contexts); !st) return st.error();
  }
  if (auto st = render(spec.templateRef, plan, contexts); !st) return st.error();
  return plan;
}

Result<TemplateVersion> BatchPlanner::resolveTemplate(const BatchSpec& spec) {
  TemplateStore templates(m_db);
  if (spec.templateVersionId) {
    auto version = templates.byVersionId(*spec.templateVersionId);
    if (!version) return version.error();
    if (!*version) {
      return makeError(ErrorCode::NotFound, "template version " + std::to_string(*spec.templateVersionId) + " is gone");
    }
    return std::move(**version);
  }
  if (looksLikeFile(spec.templateRef)) return templateFromFile(spec.templateRef, spec.field);
  auto latest = templates.latest(spec.templateRef);
  if (!latest) return latest.error();
  if (!*latest) {
    // A default template shipped after the store was made (answer-en, issue 14): stored on first use.
    const auto shipped = resourcesDir() / "templates" / (spec.templateRef + ".json");
    if (spec.templateRef.find_first_of("/\\") == std::string::npos && std::filesystem::is_regular_file(shipped)) {
      return templateFromFile(shipped.string(), spec.field);
    }
    return makeError(ErrorCode::InvalidInput, "no template or template file called '" + spec.templateRef + "'",
                     "--template");
  }
  return std::move(**latest);
}

Result<TemplateVersion> BatchPlanner::templateFromFile(const std::string& path, const std::string& field) {
  auto loaded = loadTemplateFile(path);
  if (!loaded) return loaded.error();
  PromptTemplate prompt = std::move(*loaded);
  if (!field.empty()) prompt.field = field;
  TemplateStore templates(m_db);
  auto latest = templates.latest(prompt.name);
  if (!latest) return latest.error();
  // Running the same file again reuses its version, so drafts of both runs point at one version.
  if (*latest) {
    const PromptTemplate& stored = (*latest)->prompt;
    if (stored.systemPart == prompt.systemPart && stored.userPart == prompt.userPart && stored.field == prompt.field &&
        stored.defaults.model == prompt.defaults.model && stored.defaults.temperature == prompt.defaults.temperature &&
        stored.defaults.maxTokens == prompt.defaults.maxTokens && stored.variables == prompt.variables) {
      return std::move(**latest);
    }
  }
  return templates.save(prompt, {}, "from " + path);
}

Status BatchPlanner::resolveTargets(const BatchSpec& spec, BatchPlan& plan) {
  std::set<std::string> models;
  for (BatchTarget target : spec.targets) {
    if (target.model.empty()) target.model = plan.templateVersion.prompt.defaults.model;
    if (target.model.empty()) target.model = target.profile.defaultModel;
    if (target.model.empty()) {
      return makeError(ErrorCode::InvalidInput, "no model given and profile '" + target.profile.name +
                                                    "' has no default model", "--model");
    }
    // Drafts of a batch are unique by model: two targets with one model would share their slots.
    if (!models.insert(target.model).second) {
      return makeError(ErrorCode::InvalidInput, "model '" + target.model + "' is named twice", "--model");
    }
    plan.targets.push_back(std::move(target));
  }
  return {};
}

Status BatchPlanner::resolvePersonas(const BatchSpec& spec, BatchPlan& plan) {
  if (spec.personas.empty()) return {};
  auto personas = PersonaStore(m_db).resolve(spec.personas);
  if (!personas) return personas.error();
  plan.personas = std::move(*personas);
  return {};
}

Status BatchPlanner::resolveQuestions(BatchPlan& plan, std::vector<Json>& contexts) {
  QuestionStore store(m_db);
  std::vector<Json> perQuestion;
  for (std::size_t p = 0; p < plan.productIds.size(); ++p) {
    auto questions = store.forProduct(plan.productIds[p]);
    if (!questions) return questions.error();
    for (Question& q : *questions) {
      Json context = contexts[p];
      context["question"] = q.text;
      perQuestion.push_back(std::move(context));
      plan.questions.push_back({p, q.id, std::move(q.text)});
    }
  }
  if (plan.questions.empty()) return makeError("questions.none-for-products", ErrorCode::InvalidInput, {}, "--questions");
  contexts = std::move(perQuestion);
  return {};
}

Status BatchPlanner::loadProducts(const BatchSpec& spec, BatchPlan& plan, std::vector<Json>& contexts) {
  ProductStore products(m_db);
  std::vector<Product> chosen;
  if (!spec.productIds.empty()) {
    // The products the studio has selected: the same ones, whatever their SKUs are now.
    std::set<std::int64_t> seen;
    for (std::int64_t id : spec.productIds) {
      if (!seen.insert(id).second) continue;
      auto found = products.findById(id);
      if (!found) return found.error();
      if (!*found) return makeError(ErrorCode::NotFound, "product " + std::to_string(id) + " is no longer in the catalog");
      chosen.push_back(std::move(**found));
    }
  } else if (spec.skus.empty()) {
    auto all = products.list();
    if (!all) return all.error();
    chosen = std::move(*all);
    if (chosen.empty()) return makeError(ErrorCode::InvalidInput, "the catalog has no products", "--products");
  } else {
    std::set<std::string> seen;
    for (const auto& sku : spec.skus) {
      if (!seen.insert(sku).second) continue;
      auto found = products.findBySku(sku);
      if (!found) return found.error();
      if (!*found) return makeError(ErrorCode::InvalidInput, "unknown SKU '" + sku + "'", "--products");
      chosen.push_back(std::move(**found));
    }
  }
  // Related products (issue 14) only for a template that shows them: finding them costs queries.
  const bool withRelated = templateUsesRelated(plan.templateVersion.prompt);
  for (const auto& product : chosen) {
    plan.productIds.push_back(product.id);
    plan.skus.push_back(product.sku);
    const std::size_t from = contexts.size();
    if (plan.personas.empty()) contexts.push_back(buildTemplateContext(product, plan.variables));
    for (const Persona& persona : plan.personas) {
      contexts.push_back(buildTemplateContext(product, plan.variables, &persona));
    }
    if (withRelated) {
      if (auto st = addRelatedContext(m_db, product, std::span<Json>(contexts).subspan(from)); !st) return st;
    }
  }
  return {};
}

Status BatchPlanner::render(const std::string& templateRef, BatchPlan& plan, const std::vector<Json>& contexts) {
  // Parsed once; every product renders against the same tree.
  auto compiled = CompiledPrompt::compile(plan.templateVersion.prompt);
  if (!compiled) {
    Error error = compiled.error().toError(templateRef);
    error.code = ErrorCode::InvalidInput;
    return error;
  }
  plan.prompts.reserve(contexts.size());
  for (std::size_t i = 0; i < contexts.size(); ++i) {
    RenderedPrompt rendered = compiled->render(contexts[i]);
    const std::string& sku =
        plan.skus[plan.questions.empty() ? i / plan.cellsPerProduct() : plan.questions[i].productIndex];
    if (Status stopped = refuseStoppedRender(rendered, templateRef, sku); !stopped) return stopped;
    rendered.warnings.clear();
    rendered.warnings.shrink_to_fit();
    plan.prompts.push_back(std::move(rendered));
  }
  return {};
}

}  // namespace copydesk::batch
