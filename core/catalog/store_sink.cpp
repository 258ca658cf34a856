#include "core/catalog/store_sink.h"

#include <algorithm>
#include <iterator>

#include "core/common/paths.h"

namespace copydesk {

StoreSink::StoreSink(Database& db, std::string label)
    : m_store(db), m_label(std::move(label)), m_writtenAt(nowIso8601()) {
  if (db.isPostgres() && db.inTransaction()) m_bulk = std::make_unique<pg::ProductCopy>(db, m_writtenAt);
}

StoreSink::~StoreSink() = default;

Status StoreSink::put(Product&& product, std::int64_t line) {
  if (m_bulk) {
    std::string tags;
    std::string attributes;
    if (auto st = m_bulk->add(rowOf(product, tags, attributes), product.variants, line); !st) {
      return located(st.error(), m_bulk->failedLine() > 0 ? m_bulk->failedLine() : line);  // the row the server refused
    }
    return {};
  }
  const auto outcome = m_store.upsert(product, m_writtenAt);
  return count(outcome, static_cast<std::int64_t>(product.variants.size()), line);
}

Status StoreSink::putRow(const ProductRow& row, std::int64_t line) {
  if (m_bulk) {
    if (auto st = m_bulk->add(row, {}, line); !st) {
      return located(st.error(), m_bulk->failedLine() > 0 ? m_bulk->failedLine() : line);
    }
    return {};
  }
  return count(m_store.upsert(row, {}, m_writtenAt), 0, line);
}

Status StoreSink::finish() {
  if (!m_bulk || !m_bulk->pending()) return {};
  auto merged = m_bulk->merge();
  if (!merged) {
    if (m_bulk->failedLine() > 0) return located(merged.error(), m_bulk->failedLine());
    Error error = merged.error();
    error.where = m_label + (error.where.empty() ? "" : " (" + error.where + ")");
    return error;
  }
  for (const pg::MergedProduct& product : *merged) {
    if (auto st = count(UpsertOutcome{product.id, product.inserted}, product.variants, product.line); !st) return st;
  }
  return {};
}

Status StoreSink::located(Error error, std::int64_t line) const {
  error.where = m_label + ":" + std::to_string(line) + (error.where.empty() ? "" : " (" + error.where + ")");
  return error;
}

bool StoreSink::inRuns(std::int64_t id) const {
  auto it = std::upper_bound(m_runs.begin(), m_runs.end(), id,
                             [](std::int64_t value, const Run& run) { return value < run.first; });
  return it != m_runs.begin() && id <= std::prev(it)->last;
}

void StoreSink::setVariants(std::int64_t id, std::int64_t variants) {
  auto it = m_variantsOf.find(id);
  const std::int64_t before = it == m_variantsOf.end() ? 0 : it->second;
  m_variants += variants - before;
  if (variants != 0) m_variantsOf[id] = variants;
  else if (it != m_variantsOf.end()) m_variantsOf.erase(it);
}

Status StoreSink::count(const Result<UpsertOutcome>& outcome, std::int64_t variants, std::int64_t line) {
  if (!outcome) return located(outcome.error(), line);
  const std::int64_t id = outcome->id;
  const bool inserted = outcome->inserted;
  const bool above = m_runs.empty() || id > m_runs.back().last;
  if (above || (!inRuns(id) && !m_outOfOrder.contains(id))) {  // first time in this import
    if (above && !m_runs.empty() && id == m_runs.back().last + 1 && m_runs.back().inserted == inserted) {
      m_runs.back().last = id;
    } else if (above) {
      m_runs.push_back({id, id, inserted});
    } else {
      m_outOfOrder.emplace(id, inserted);
    }
    ++m_products;
    m_inserted += inserted;
  }
  setVariants(id, variants);  // a product written again counts with its last variants
  return {};
}

Result<std::optional<Product>> StoreSink::existing(const std::string& sku) {
  if (auto st = finish(); !st) return st.error();  // the product may be among those not written yet
  return m_store.findBySku(sku);
}

void StoreSink::addTo(ImportSummary& summary) const {
  summary.products = m_products;
  summary.inserted = m_inserted;
  summary.updated = m_products - m_inserted;
  summary.variants = m_variants;
}

}  // namespace copydesk
