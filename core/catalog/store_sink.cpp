#include "core/catalog/store_sink.h"

#include "core/common/paths.h"

namespace copydesk {

StoreSink::StoreSink(Database& db, std::string label)
    : m_store(db), m_label(std::move(label)), m_writtenAt(nowIso8601()) {}

Status StoreSink::put(Product&& product, std::int64_t line) {
  auto outcome = m_store.upsert(product, m_writtenAt);
  if (!outcome) {
    Error error = outcome.error();
    error.where = m_label + ":" + std::to_string(line) + (error.where.empty() ? "" : " (" + error.where + ")");
    return error;
  }
  const auto variants = static_cast<std::int64_t>(product.variants.size());
  auto [it, first] = m_written.try_emplace(outcome->id, Written{variants, outcome->inserted});
  if (first) {
    m_variants += variants;
  } else {
    m_variants += variants - it->second.variants;
    it->second.variants = variants;
  }
  return {};
}

Result<std::optional<Product>> StoreSink::existing(const std::string& sku) { return m_store.findBySku(sku); }

void StoreSink::addTo(ImportSummary& summary) const {
  summary.products = static_cast<std::int64_t>(m_written.size());
  summary.inserted = 0;
  for (const auto& [sku, written] : m_written) summary.inserted += written.inserted;
  summary.updated = summary.products - summary.inserted;
  summary.variants = m_variants;
}

}  // namespace copydesk
