#include "core/batch/batch_plan.h"

#include <algorithm>
#include <cstdio>

#include "core/llm/usage_cost.h"

namespace copydesk::batch {
namespace {

constexpr std::int64_t kMessageOverheadTokens = 32;

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

Json targetsJson(const std::vector<BatchTarget>& targets) {
  Json list = Json::array();
  for (const auto& t : targets) {
    list.push_back({{"profile", t.profile.name}, {"base_url", t.profile.baseUrl}, {"model", t.model}});
  }
  return list;
}

std::vector<std::int64_t> personaIds(const std::vector<Persona>& personas) {
  std::vector<std::int64_t> ids;
  for (const Persona& p : personas) ids.push_back(p.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

std::vector<BatchSlot> BatchPlan::allSlots() const {
  std::vector<BatchSlot> slots;
  if (!questions.empty()) {
    slots.reserve(questions.size() * static_cast<std::size_t>(variants) * targets.size());
    for (std::size_t q = 0; q < questions.size(); ++q) {
      const std::size_t p = questions[q].productIndex;
      for (int v = 1; v <= variants; ++v) {
        for (std::size_t t = 0; t < targets.size(); ++t) slots.push_back({p, productIds[p], v, t, 0, 0, q, questions[q].id});
      }
    }
    return slots;
  }
  if (translates()) return translationSlots();
  slots.reserve(productIds.size() * cellsPerProduct() * static_cast<std::size_t>(variants) * targets.size());
  for (std::size_t p = 0; p < productIds.size(); ++p) {
    for (std::size_t r = 0; r < cellsPerProduct(); ++r) {
      const std::int64_t personaId = personas.empty() ? 0 : personas[r].id;
      for (int v = 1; v <= variants; ++v) {
        for (std::size_t t = 0; t < targets.size(); ++t) slots.push_back({p, productIds[p], v, t, r, personaId});
      }
    }
  }
  return slots;
}

// One slot per source draft, market, variant and target: the source's persona stays the translation's.
std::vector<BatchSlot> BatchPlan::translationSlots() const {
  std::vector<BatchSlot> slots;
  slots.reserve(sources.size() * markets.size() * static_cast<std::size_t>(variants) * targets.size());
  for (std::size_t p = 0; p < sources.size(); ++p) {
    for (std::size_t l = 0; l < markets.size(); ++l) {
      for (int v = 1; v <= variants; ++v) {
        for (std::size_t t = 0; t < targets.size(); ++t) {
          BatchSlot slot{p, productIds[p], v, t, 0, sources[p].personaId};
          slot.sourceDraftId = sources[p].draftId;
          slot.sourceEditId = sources[p].editId;
          slot.languageIndex = l;
          slot.language = markets[l].code;
          slots.push_back(std::move(slot));
        }
      }
    }
  }
  return slots;
}

llm::ChatRequest BatchPlan::request(const BatchSlot& slot) const {
  llm::ChatRequest request;
  request.model = targets[slot.targetIndex].model;
  request.system = promptOf(slot).system;
  request.user = promptOf(slot).user;
  request.temperature = temperature;
  request.maxTokens = maxTokens;
  request.stream = true;
  request.tag = slot.customId();
  return request;
}

double BatchPlan::worstCaseCost(const BatchSlot& slot, double priceFactor) const {
  const auto& prompt = promptOf(slot);
  llm::Usage usage;
  usage.inputTokens = static_cast<std::int64_t>(prompt.system.size() + prompt.user.size()) + kMessageOverheadTokens;
  usage.outputTokens = maxTokens;
  usage.reported = true;
  return llm::costOf(targets[slot.targetIndex].profile, usage) * priceFactor;
}

CostEstimate BatchPlan::estimate(const std::vector<BatchSlot>& slots, double priceFactor) const {
  CostEstimate e;
  for (const auto& slot : slots) {
    const auto& prompt = promptOf(slot);
    const auto& profile = targets[slot.targetIndex].profile;
    const double input = llm::estimateTokens(prompt.system) + llm::estimateTokens(prompt.user);
    e.requests += 1;
    e.inputTokens += input;
    e.outputTokens += maxTokens;
    e.costUsd += (input * profile.inputPricePerMTok + maxTokens * profile.outputPricePerMTok) / 1e6 * priceFactor;
  }
  return e;
}

std::string BatchPlan::resumeKey() const {
  std::vector<std::int64_t> ids = productIds;
  std::sort(ids.begin(), ids.end());
  Json key = {{"template", templateVersion.prompt.name}, {"field", field}, {"products", ids},
              {"variants", variants}, {"targets", targetsJson(targets)}};
  // Only a persona grid has personas in its key: the keys of batches without stay as they were.
  if (!personas.empty()) key["personas"] = personaIds(personas);
  // An answer batch answers whatever questions its products have: resuming it after more were
  // imported answers those too.
  if (!questions.empty()) key["questions"] = true;
  if (translates()) {
    std::vector<std::int64_t> drafts;
    for (const TranslationSource& source : sources) drafts.push_back(source.draftId);
    std::sort(drafts.begin(), drafts.end());
    Json codes = Json::array();
    for (const Market& m : markets) codes.push_back(m.code);
    key["translate"] = {{"sources", drafts}, {"languages", codes}};
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key.dump())));
  return hex;
}

Json BatchPlan::toJson() const {
  Json plan = {{"resume_key", resumeKey()},
               {"template", templateVersion.prompt.name},
               {"template_version_id", templateVersion.id},
               {"field", field},
               {"products", productIds},
               {"variants", variants},
               {"targets", targetsJson(targets)},
               {"max_tokens", maxTokens},
               {"variables", variables}};
  if (!personas.empty()) {
    Json names = Json::array();
    for (const Persona& p : personas) names.push_back(p.name);
    plan["personas"] = std::move(names);
  }
  if (!questions.empty()) plan["questions"] = questions.size();
  if (translates()) {
    Json drafts = Json::array(), codes = Json::array();
    for (const TranslationSource& source : sources) drafts.push_back(source.draftId);
    for (const Market& m : markets) codes.push_back(m.code);
    plan["translate"] = {{"sources", std::move(drafts)}, {"languages", std::move(codes)}};
  }
  if (temperature) plan["temperature"] = *temperature;
  return plan;
}

Generation BatchPlan::generation(const BatchSlot& slot, std::int64_t batchId, bool streamed) const {
  const auto& target = targets[slot.targetIndex];
  Generation g;
  g.batchId = batchId;
  g.productId = slot.productId;
  g.templateVersionId = templateVersion.id;
  g.field = field;
  g.variant = slot.variant;
  g.provider = target.profile.name;
  g.model = target.model;
  g.parameters = {{"max_tokens", maxTokens}, {"stream", streamed}};
  if (temperature) g.parameters["temperature"] = *temperature;
  if (!personas.empty()) g.parameters["persona"] = personas[slot.personaIndex].name;
  if (!questions.empty()) g.parameters["question_id"] = questions[slot.questionIndex].id;
  if (translates()) {
    g.field = sources[slot.productIndex].field;
    g.parameters["translate"] = {{"source_draft", slot.sourceDraftId}, {"language", slot.language}};
  }
  g.systemPrompt = promptOf(slot).system;
  g.userPrompt = promptOf(slot).user;
  return g;
}

}  // namespace copydesk::batch
