// BatchPlanner's part for translation batches (issue 14): the source drafts become the plan's rows,
// each rendered once per target market with the translation context.
#include <set>

#include "core/batch/batch_planner.h"
#include "core/batch/translation_template.h"
#include "core/checks/glossary.h"
#include "core/store/draft_store.h"
#include "core/store/product_store.h"
#include "core/translation/translation_context.h"

namespace copydesk::batch {
namespace {

Result<std::vector<Market>> resolveMarkets(const std::vector<std::string>& codes) {
  if (codes.empty()) return makeError(ErrorCode::InvalidInput, "no language to translate into", "--to");
  auto known = loadMarkets();
  if (!known) return known.error();
  std::vector<Market> chosen;
  std::set<std::string> seen;
  for (const std::string& code : codes) {
    const Market* market = findMarket(*known, code);
    if (!market) {
      return makeError(ErrorCode::InvalidInput,
                       "unknown language '" + code + "'; known: " + marketCodes(*known) +
                           " (add one in " + userMarketsFile().string() + ")",
                       "--to");
    }
    if (seen.insert(market->code).second) chosen.push_back(*market);
  }
  return chosen;
}

// The translation's starting point: the source's text now and the edit that made it.
Result<TranslationSource> sourceOf(DraftStore& drafts, const Draft& draft) {
  auto edits = drafts.history(draft.id);
  if (!edits) return edits.error();
  TranslationSource source;
  source.draftId = draft.id;
  source.editId = edits->empty() ? 0 : edits->back().id;
  source.field = draft.field;
  source.personaId = draft.personaId.value_or(0);
  return source;
}

}  // namespace

Status BatchPlanner::loadSources(const BatchSpec& spec, BatchPlan& plan, std::vector<Json>& contexts) {
  if (!spec.personas.empty()) {
    return makeError(ErrorCode::InvalidInput, "a translation keeps its source's persona: no personas to choose");
  }
  auto markets = resolveMarkets(spec.languages);
  if (!markets) return markets.error();
  plan.markets = std::move(*markets);
  auto glossary = readGlossary(glossaryInForce());
  if (!glossary) return glossary.error();
  DraftStore drafts(m_db);
  ProductStore products(m_db);
  std::set<std::int64_t> seen;
  std::set<std::string> fields;
  for (std::int64_t id : spec.sourceDrafts) {
    if (!seen.insert(id).second) continue;
    auto draft = drafts.get(id);
    if (!draft) return draft.error();
    if (!*draft) return makeError("draft.not-found", ErrorCode::NotFound, {std::to_string(id)});
    const Draft& d = **draft;
    if (d.status != DraftStatus::Approved && d.status != DraftStatus::Exported) {
      return makeError(ErrorCode::InvalidInput, "draft " + std::to_string(id) + " is " + std::string(toString(d.status)) +
                                                    ", not approved: only approved copy is translated", "--drafts");
    }
    auto product = products.findById(d.productId);
    if (!product) return product.error();
    if (!*product) return makeError(ErrorCode::NotFound, "product " + std::to_string(d.productId) + " is gone");
    auto source = sourceOf(drafts, d);
    if (!source) return source.error();
    plan.sources.push_back(std::move(*source));
    plan.productIds.push_back(d.productId);
    plan.skus.push_back(d.sku);
    fields.insert(d.field);
    const std::vector<std::string> keep = keepTerms(*glossary, (*product)->brand);
    for (const Market& market : plan.markets) {
      contexts.push_back(buildTranslationContext(**product, d, market, keep, plan.variables));
    }
  }
  // The batch row's field: the sources' when they share one.
  plan.field = fields.size() == 1 ? *fields.begin() : "translation";
  return {};
}

}  // namespace copydesk::batch
