#include "core/catalog/store_sink.h"

#include <algorithm>

#include "core/common/paths.h"

namespace copydesk {

StoreSink::StoreSink(Database& db, std::string label)
    : m_store(db), m_label(std::move(label)), m_writtenAt(nowIso8601()) {}

Status StoreSink::put(Product&& product, std::int64_t line) {
  const auto outcome = m_store.upsert(product, m_writtenAt);
  return count(outcome, static_cast<std::int64_t>(product.variants.size()), line);
}

Status StoreSink::putRow(const ProductRow& row, std::int64_t line) {
  return count(m_store.upsert(row, {}, m_writtenAt), 0, line);
}

StoreSink::Written* StoreSink::find(std::int64_t id) {
  auto it = std::lower_bound(m_inOrder.begin(), m_inOrder.end(), id,
                             [](const Written& w, std::int64_t value) { return w.id < value; });
  if (it != m_inOrder.end() && it->id == id) return &*it;
  auto other = m_outOfOrder.find(id);
  return other == m_outOfOrder.end() ? nullptr : &other->second;
}

Status StoreSink::count(const Result<UpsertOutcome>& outcome, std::int64_t variants, std::int64_t line) {
  if (!outcome) {
    Error error = outcome.error();
    error.where = m_label + ":" + std::to_string(line) + (error.where.empty() ? "" : " (" + error.where + ")");
    return error;
  }
  const std::int64_t id = outcome->id;
  if (m_inOrder.empty() || id > m_inOrder.back().id) {
    if (!m_outOfOrder.contains(id)) {
      m_inOrder.push_back({id, variants, outcome->inserted});
      m_variants += variants;
      return {};
    }
  }
  if (Written* written = find(id)) {  // written before in this import: its last variants count
    m_variants += variants - written->variants;
    written->variants = variants;
    return {};
  }
  m_outOfOrder.emplace(id, Written{id, variants, outcome->inserted});
  m_variants += variants;
  return {};
}

Result<std::optional<Product>> StoreSink::existing(const std::string& sku) { return m_store.findBySku(sku); }

void StoreSink::addTo(ImportSummary& summary) const {
  summary.products = static_cast<std::int64_t>(m_inOrder.size() + m_outOfOrder.size());
  summary.inserted = 0;
  for (const Written& written : m_inOrder) summary.inserted += written.inserted;
  for (const auto& [id, written] : m_outOfOrder) summary.inserted += written.inserted;
  summary.updated = summary.products - summary.inserted;
  summary.variants = m_variants;
}

}  // namespace copydesk
