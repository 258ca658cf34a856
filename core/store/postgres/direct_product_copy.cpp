#include "core/store/postgres/direct_product_copy.h"

#include "core/common/error_id.h"
#include "core/store/postgres/product_copy.h"

namespace copydesk::pg {
namespace {

constexpr const char* kCopyProducts =
    "COPY products (sku, title, description, brand, category, tags, price, attributes, source, created_at, "
    "updated_at, search_ready) FROM STDIN WITH (FORMAT binary)";
constexpr const char* kCopyVariants =
    "COPY variants (product_id, position, sku, title, price, options, attributes) FROM STDIN";
constexpr const char* kCopyLinks = "COPY product_links (product_id, position, kind, target_sku) FROM STDIN";

// Emptiness is asked again under the lock: another import may have committed in between. Asking
// first keeps a catalog with products unlocked (the merge path locks only the rows it writes).
Result<bool> empty(Database& db) {
  auto stmt = db.prepare("SELECT NOT EXISTS (SELECT 1 FROM products)");
  if (!stmt) return stmt.error();
  if (!stmt->step()) return db.lastError("reading the catalog");
  return stmt->integer(0) != 0;
}

}  // namespace

Result<bool> DirectProductCopy::lockIfEmpty(Database& db) {
  auto before = empty(db);
  if (!before || !*before) return before;
  if (auto locked = db.exec("LOCK TABLE products IN SHARE ROW EXCLUSIVE MODE"); !locked) return locked.error();
  return empty(db);
}

Status DirectProductCopy::deferIndexes() {
  auto allowed = m_db.prepare("SELECT has_function_privilege('copydesk_products_load_begin()', 'EXECUTE')");
  if (!allowed) return allowed.error();
  if (!allowed->step()) return m_db.lastError("reading the import's rights");
  if (allowed->integer(0) == 0) return {};
  auto dropped = m_db.prepare("SELECT copydesk_products_load_begin()");
  if (!dropped) return dropped.error();
  if (!dropped->step()) return m_db.lastError("preparing the catalog for its first import");
  m_indexesDeferred = dropped->integer(0) != 0;
  return {};
}

Status DirectProductCopy::rebuildIndexes() {
  if (!m_indexesDeferred) return {};
  m_indexesDeferred = false;
  auto made = m_db.prepare("SELECT copydesk_products_load_end()");
  if (!made) return made.error();
  if (!made->step() && !made->ok()) return m_db.lastError("indexing the imported catalog");
  return {};
}

std::int64_t DirectProductCopy::lineOfRow(std::int64_t row) const {
  return row > 0 && row <= static_cast<std::int64_t>(m_lines.size()) ? m_lines[row - 1] : 0;
}

Status DirectProductCopy::start() {
  auto copy = CopyIn::begin(*m_db.postgres(), kCopyProducts, CopyIn::Format::Binary);
  if (!copy) return copy.error();
  m_rows.emplace(std::move(*copy));
  return {};
}

Result<bool> DirectProductCopy::add(const ProductRow& row, std::span<const Variant> variants, std::int64_t line) {
  if (!m_skus.emplace(row.sku).second) return false;
  if (!m_rows) {
    if (auto started = start(); !started) return started.error();
  }
  m_rows->field(row.sku).field(row.title).field(row.description).field(row.brand).field(row.category);
  m_rows->field(row.tagsJson).field(row.price).field(row.attributesJson).field(row.source);
  m_rows->field(m_writtenAt).field(m_writtenAt).boolean(false);  // search_ready: indexed afterwards (schema v10)
  m_lines.push_back(line);
  if (auto sent = m_rows->endRow(); !sent) {
    m_failedLine = lineOfRow(m_rows->failedRow());
    return sent.error();
  }
  m_variantCounts.push_back(static_cast<std::int64_t>(variants.size()));
  const auto sent = static_cast<std::int64_t>(m_lines.size());
  for (std::size_t i = 0; i < variants.size(); ++i) m_variants.push_back({{sent, std::int64_t(i)}, variants[i]});
  for (std::size_t i = 0; i < row.links.size(); ++i) m_links.push_back({{sent, std::int64_t(i)}, row.links[i]});
  return true;
}

// The table was empty and no one else could insert, and one session's identity values only grow:
// the n-th smallest id is the n-th row sent. They are consecutive unless the sequence skipped. The
// ids are distinct, so a range as wide as the rows sent holds those rows and no others: no count(*)
// (a scan of the whole table) is needed, min and max come from the primary key.
Result<std::vector<std::int64_t>> DirectProductCopy::idsInOrder() {
  std::vector<std::int64_t> ids;
  ids.reserve(m_lines.size());
  auto range = m_db.prepare("SELECT min(id), max(id) FROM products");
  if (!range) return range.error();
  if (!range->step()) return m_db.lastError("reading the new products' ids");
  const std::int64_t first = range->integer(0), last = range->integer(1);
  const auto count = static_cast<std::int64_t>(m_lines.size());
  if (last - first + 1 == count) {
    for (std::int64_t id = first; id <= last; ++id) ids.push_back(id);
    return ids;
  }
  auto all = m_db.prepare("SELECT id FROM products ORDER BY id");
  if (!all) return all.error();
  while (all->step()) ids.push_back(all->integer(0));
  if (!all->ok()) return m_db.lastError("reading the new products' ids");
  if (ids.size() != m_lines.size()) {  // only if someone got past the lock
    return makeError("store.pg.conflict", ErrorCode::Conflict, {"products added during the import", "importing"});
  }
  return ids;
}

Status DirectProductCopy::copyVariants(const std::vector<std::int64_t>& ids) {
  if (m_variants.empty()) return {};
  auto copy = CopyIn::begin(*m_db.postgres(), kCopyVariants);
  if (!copy) return copy.error();
  for (const auto& [owner, v] : m_variants) {
    copy->field(ids[owner.row - 1]).field(owner.position).field(v.sku).field(v.title).field(v.price);
    copy->field(v.options.dump()).field(v.attributes.dump());
    if (auto sent = copy->endRow(); !sent) return sent;
  }
  if (auto finished = copy->finish(); !finished) return finished.error();
  return {};
}

Status DirectProductCopy::copyLinks(const std::vector<std::int64_t>& ids) {
  if (m_links.empty()) return {};
  auto copy = CopyIn::begin(*m_db.postgres(), kCopyLinks);
  if (!copy) return copy.error();
  for (const auto& [owner, link] : m_links) {
    copy->field(ids[owner.row - 1]).field(owner.position).field(linkKindName(link.kind)).field(link.sku);
    if (auto sent = copy->endRow(); !sent) return sent;
  }
  if (auto finished = copy->finish(); !finished) return finished.error();
  return {};
}

Result<std::vector<MergedProduct>> DirectProductCopy::finish() {
  if (!m_rows) {
    if (auto st = rebuildIndexes(); !st) return st.error();
    return std::vector<MergedProduct>{};
  }
  auto copied = m_rows->finish();
  const std::int64_t failedRow = m_rows->failedRow();
  m_rows.reset();
  if (!copied) {
    m_failedLine = lineOfRow(failedRow);
    return copied.error();
  }
  if (auto st = rebuildIndexes(); !st) return st.error();  // a SKU given twice is merged next, ON CONFLICT (sku)
  auto ids = idsInOrder();
  if (!ids) return ids.error();
  if (auto st = copyVariants(*ids); !st) return st.error();
  if (auto st = copyLinks(*ids); !st) return st.error();
  std::vector<MergedProduct> merged;
  merged.reserve(m_lines.size());
  for (std::size_t i = 0; i < m_lines.size(); ++i) merged.push_back({(*ids)[i], true, m_lines[i], m_variantCounts[i]});
  return merged;
}

}  // namespace copydesk::pg
