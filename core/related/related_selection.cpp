#include "core/related/related_selection.h"

#include <algorithm>

#include "core/common/error_id.h"
#include "core/related/product_summary_reader.h"

namespace copydesk {

Result<RelatedSelection> RelatedSelector::forProduct(const Product& product, std::size_t limit) {
  auto kept = RelatedChoiceStore(m_db).find(product.id);
  if (!kept) return kept.error();
  RelatedSelection selection;
  if (!*kept) {
    auto found = RelatedFinder(m_db).find(product, {.limit = limit});
    if (!found) return found.error();
    selection.items = std::move(*found);
    return selection;
  }
  selection.chosen = true;
  std::vector<std::string> skus;
  for (const RelatedChoiceItem& item : **kept) skus.push_back(item.sku);
  auto summaries = ProductSummaryReader(m_db).bySkus(skus);
  if (!summaries) return summaries.error();
  for (const RelatedChoiceItem& item : **kept) {
    auto it = summaries->find(item.sku);
    if (it == summaries->end() || item.sku == product.sku) continue;
    selection.items.push_back({it->second, reasonFromName(item.reason).value_or(RelationReason::Added), item.detail});
  }
  return selection;
}

Status RelatedSelector::keep(const Product& product, const std::vector<RelatedChoiceItem>& items,
                             const std::string& author) {
  std::vector<std::string> skus;
  for (const RelatedChoiceItem& item : items) skus.push_back(item.sku);
  auto summaries = ProductSummaryReader(m_db).bySkus(skus);
  if (!summaries) return summaries.error();
  std::vector<RelatedChoiceItem> kept;
  for (const RelatedChoiceItem& item : items) {
    if (!summaries->count(item.sku)) return makeError("related.unknown-sku", ErrorCode::NotFound, {item.sku});
    const bool twice = std::any_of(kept.begin(), kept.end(), [&](const auto& k) { return k.sku == item.sku; });
    if (item.sku != product.sku && !twice) kept.push_back(item);
  }
  return RelatedChoiceStore(m_db).save(product.id, kept, author);
}

Status RelatedSelector::reset(const Product& product) { return RelatedChoiceStore(m_db).clear(product.id); }

std::vector<RelatedChoiceItem> RelatedSelector::edited(const RelatedSelection& selection,
                                                       const std::vector<std::string>& add,
                                                       const std::vector<std::string>& drop) {
  std::vector<RelatedChoiceItem> items;
  for (const RelatedProduct& related : selection.items) {
    if (std::find(drop.begin(), drop.end(), related.product.sku) != drop.end()) continue;
    items.push_back({related.product.sku, std::string(reasonName(related.reason)), related.detail});
  }
  for (const std::string& sku : add) {
    const bool present = std::any_of(items.begin(), items.end(), [&](const auto& i) { return i.sku == sku; });
    if (!present) items.push_back({sku, std::string(reasonName(RelationReason::Added)), ""});
  }
  return items;
}

}  // namespace copydesk
