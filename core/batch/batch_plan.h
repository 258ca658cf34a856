#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/batch/batch_slot.h"
#include "core/common/json.h"
#include "core/llm/chat_request.h"
#include "core/store/generation_store.h"
#include "core/store/persona.h"
#include "core/store/template_store.h"
#include "core/templates/compiled_prompt.h"
#include "core/translation/market.h"

namespace copydesk::batch {

// max_tokens sent when neither the template nor the user chose one: every request carries a
// limit, so that the worst-case cost a budget reserves is a real bound.
inline constexpr int kDefaultMaxTokens = 1024;

struct CostEstimate {
  std::size_t requests = 0;
  double inputTokens = 0;   // llm::estimateTokens of the rendered prompts
  double outputTokens = 0;  // max_tokens per request: the most the batch can produce
  double costUsd = 0;       // at the targets' prices (the most it can cost)
};

// A question an answer batch answers (issue 14), with the product it is about.
struct PlannedQuestion {
  std::size_t productIndex = 0;  // into BatchPlan::productIds
  std::int64_t id = 0;
  std::string text;
};

// A draft a translation batch translates (issue 14): one per "product" entry of the plan (a product
// appears once per draft of it being translated).
struct TranslationSource {
  std::int64_t draftId = 0;
  std::int64_t editId = 0;     // its latest text version when planned: newer ones make the translation outdated
  std::string field;
  std::int64_t personaId = 0;  // the translation is for the same reader
};

// Everything a batch needs to run, decided up front: the template version, the products with
// their rendered prompts (one per product, or per product and persona for a persona grid; variants
// differ by sampling), the targets.
struct BatchPlan {
  TemplateVersion templateVersion;
  std::string field;
  std::vector<std::int64_t> productIds;
  std::vector<std::string> skus;
  // One per product and persona, product-major: prompts[product * cellsPerProduct() + persona].
  std::vector<RenderedPrompt> prompts;
  std::vector<Persona> personas;  // the grid's personas (issue 13); empty: copy for no persona
  // An answer batch (issue 14): its products' questions, product-major, each with its own prompt
  // (prompts then parallel to questions): one draft per question × variant × target.
  std::vector<PlannedQuestion> questions;
  // A translation batch (issue 14): productIds[i] is sources[i]'s product, and every source gets a
  // prompt per target market (prompts[source * markets.size() + market]).
  std::vector<TranslationSource> sources;
  std::vector<Market> markets;
  int variants = 1;
  std::vector<BatchTarget> targets;
  std::optional<double> temperature;
  int maxTokens = kDefaultMaxTokens;
  Json variables = Json::object();

  std::vector<BatchSlot> allSlots() const;  // product-major: every persona, variant and target of a product together
  std::size_t cellsPerProduct() const {
    if (!markets.empty()) return markets.size();
    return personas.empty() ? 1 : personas.size();
  }
  const RenderedPrompt& promptOf(const BatchSlot& slot) const {
    if (!questions.empty()) return prompts[slot.questionIndex];
    if (!markets.empty()) return prompts[slot.productIndex * cellsPerProduct() + slot.languageIndex];
    return prompts[slot.productIndex * cellsPerProduct() + slot.personaIndex];
  }
  bool translates() const { return !sources.empty(); }
  std::vector<BatchSlot> translationSlots() const;
  llm::ChatRequest request(const BatchSlot& slot) const;
  // The generation row a slot's result is recorded in, before the outcome is known.
  Generation generation(const BatchSlot& slot, std::int64_t batchId, bool streamed) const;
  // The most a slot can cost: the prompt's bytes as input tokens (no tokenizer makes more tokens
  // than bytes) plus message overhead, and max_tokens of output. priceFactor 0.5 for the Batch API.
  double worstCaseCost(const BatchSlot& slot, double priceFactor = 1.0) const;
  CostEstimate estimate(const std::vector<BatchSlot>& slots, double priceFactor = 1.0) const;

  // Equal for two runs of the same template name, field, products, personas, variants and targets:
  // how --resume finds the batch to finish.
  std::string resumeKey() const;
  Json toJson() const;  // stored in batches.plan
};

}  // namespace copydesk::batch
