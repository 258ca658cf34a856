#include "core/store/postgres/product_copy.h"

#include <utility>

#include "core/common/error_id.h"

namespace copydesk::pg {
namespace {

// Dropped with the import's transaction, so an import that fails leaves nothing behind.
constexpr const char* kStagingTables = R"sql(
CREATE TEMP TABLE IF NOT EXISTS copydesk_import_products (
  row BIGINT, sku TEXT, title TEXT, description TEXT, brand TEXT, category TEXT, tags TEXT, price TEXT,
  attributes TEXT, source TEXT) ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS copydesk_import_variants (
  row BIGINT, position BIGINT, sku TEXT, title TEXT, price TEXT, options TEXT, attributes TEXT) ON COMMIT DROP;
CREATE TEMP TABLE IF NOT EXISTS copydesk_import_links (
  row BIGINT, position BIGINT, kind TEXT, target_sku TEXT) ON COMMIT DROP;
)sql";

constexpr const char* kCopyProducts =
    "COPY copydesk_import_products (row, sku, title, description, brand, category, tags, price, attributes, source) "
    "FROM STDIN";
constexpr const char* kCopyVariants =
    "COPY copydesk_import_variants (row, position, sku, title, price, options, attributes) FROM STDIN";
constexpr const char* kCopyLinks = "COPY copydesk_import_links (row, position, kind, target_sku) FROM STDIN";

// The products wait for the search index (schema v10: importCatalog or the studio indexes them
// afterwards). A SKU staged twice keeps its last row but takes its place at its first, as row-by-row
// upserts would: new products are inserted, and get their ids, in the order their SKUs first appear. xmax
// is 0 on a row version this statement inserted, set on one it updated.
constexpr const char* kMergeProducts = R"sql(
WITH ranked AS (
  SELECT *, min(row) OVER (PARTITION BY sku) AS first_row,
         row_number() OVER (PARTITION BY sku ORDER BY row DESC) AS newest
  FROM copydesk_import_products),
last AS (SELECT * FROM ranked WHERE newest = 1),
merged AS (
  INSERT INTO products AS p (sku, title, description, brand, category, tags, price, attributes, source,
                             created_at, updated_at, search_ready)
  SELECT sku, title, description, brand, category, tags, price, attributes, source, ?1, ?1, false
  FROM last ORDER BY first_row
  ON CONFLICT (sku) DO UPDATE SET title = excluded.title, description = excluded.description,
    brand = excluded.brand, category = excluded.category, tags = excluded.tags, price = excluded.price,
    attributes = excluded.attributes, source = excluded.source, updated_at = excluded.updated_at,
    search_ready = false
  RETURNING p.id, p.sku, CASE WHEN p.xmax = 0 THEN 1 ELSE 0 END AS inserted)
SELECT m.id, m.inserted, l.row FROM merged m JOIN last l USING (sku) ORDER BY l.first_row
)sql";

// Products updated in place lose their old variants; a new product has none.
constexpr const char* kClearVariants = R"sql(
DELETE FROM variants v USING products p, copydesk_import_products s
WHERE v.product_id = p.id AND p.sku = s.sku
)sql";

constexpr const char* kInsertVariants = R"sql(
INSERT INTO variants (product_id, position, sku, title, price, options, attributes)
SELECT p.id, v.position, v.sku, v.title, v.price, v.options, v.attributes
FROM copydesk_import_variants v
JOIN (SELECT DISTINCT ON (sku) row, sku FROM copydesk_import_products ORDER BY sku, row DESC) l ON l.row = v.row
JOIN products p ON p.sku = l.sku
ORDER BY v.row, v.position
)sql";

// A product's links (issue 14) are replaced as its variants are: those of its last row win.
constexpr const char* kClearLinks = R"sql(
DELETE FROM product_links k USING products p, copydesk_import_products s
WHERE k.product_id = p.id AND p.sku = s.sku
)sql";

constexpr const char* kInsertLinks = R"sql(
INSERT INTO product_links (product_id, position, kind, target_sku)
SELECT p.id, k.position, k.kind, k.target_sku
FROM copydesk_import_links k
JOIN (SELECT DISTINCT ON (sku) row, sku FROM copydesk_import_products ORDER BY sku, row DESC) l ON l.row = k.row
JOIN products p ON p.sku = l.sku
ORDER BY k.row, k.position
)sql";

constexpr const char* kClearStaging =
    "TRUNCATE copydesk_import_products, copydesk_import_variants, copydesk_import_links";

}  // namespace

ProductCopy::ProductCopy(Database& db, std::string writtenAt) : m_db(db), m_writtenAt(std::move(writtenAt)) {}

Status ProductCopy::start() {
  if (!m_emptyAsked) {
    m_emptyAsked = true;
    auto empty = DirectProductCopy::lockIfEmpty(m_db);
    if (!empty) return empty.error();
    if (*empty) {
      m_direct.emplace(m_db, m_writtenAt);
      return m_direct->deferIndexes();
    }
  }
  if (!m_tablesMade) {
    if (auto made = m_db.exec(kStagingTables); !made) return made;
    m_tablesMade = true;
  }
  auto copy = CopyIn::begin(*m_db.postgres(), kCopyProducts);
  if (!copy) return copy.error();
  m_rows.emplace(std::move(*copy));
  return {};
}

Status ProductCopy::add(const ProductRow& row, std::span<const Variant> variants, std::int64_t line) {
  if (row.sku.empty()) return makeError("product.without-sku", ErrorCode::InvalidInput);
  if (!m_rows && !m_direct) {
    if (auto started = start(); !started) return started;
  }
  if (!m_direct) return stage(row, variants, line);
  auto sent = m_direct->add(row, variants, line);
  if (!sent) {
    m_failedLine = m_direct->failedLine();
    return sent.error();
  }
  if (!*sent) {
    m_later.push_back({std::string(row.sku), std::string(row.title), std::string(row.description),
                       std::string(row.brand), std::string(row.category), std::string(row.tagsJson),
                       std::string(row.price), std::string(row.attributesJson), std::string(row.source),
                       {row.links.begin(), row.links.end()}, {variants.begin(), variants.end()}, line});
  }
  return {};
}

std::int64_t ProductCopy::lineOfRow(std::int64_t row) const {
  return row > 0 && row <= static_cast<std::int64_t>(m_lines.size()) ? m_lines[row - 1] : 0;
}

Status ProductCopy::stage(const ProductRow& row, std::span<const Variant> variants, std::int64_t line) {
  if (!m_rows) {
    if (auto started = start(); !started) return started;
  }
  const auto staged = static_cast<std::int64_t>(m_lines.size()) + 1;
  m_rows->field(staged).field(row.sku).field(row.title).field(row.description).field(row.brand);
  m_rows->field(row.category).field(row.tagsJson).field(row.price).field(row.attributesJson).field(row.source);
  m_lines.push_back(line);
  if (auto sent = m_rows->endRow(); !sent) {
    m_failedLine = lineOfRow(m_rows->failedRow());
    return sent;
  }
  m_variantCounts.push_back(static_cast<std::int64_t>(variants.size()));
  for (std::size_t i = 0; i < variants.size(); ++i) {
    m_variants.push_back({staged, static_cast<std::int64_t>(i), variants[i]});
  }
  for (std::size_t i = 0; i < row.links.size(); ++i) {
    m_links.push_back({staged, static_cast<std::int64_t>(i), row.links[i]});
  }
  return {};
}

Status ProductCopy::copyLinks() {
  if (m_links.empty()) return {};
  auto copy = CopyIn::begin(*m_db.postgres(), kCopyLinks);
  if (!copy) return copy.error();
  for (const StagedLink& staged : m_links) {
    copy->field(staged.row).field(staged.position).field(linkKindName(staged.link.kind)).field(staged.link.sku);
    if (auto sent = copy->endRow(); !sent) return sent;
  }
  if (auto finished = copy->finish(); !finished) return finished.error();
  return {};
}

Status ProductCopy::replaceLinks(bool anyUpdated) {
  if (anyUpdated) {
    if (auto cleared = m_db.exec(kClearLinks); !cleared) return cleared;
  }
  if (m_links.empty()) return {};
  return m_db.exec(kInsertLinks);
}

Status ProductCopy::copyVariants() {
  if (m_variants.empty()) return {};
  auto copy = CopyIn::begin(*m_db.postgres(), kCopyVariants);
  if (!copy) return copy.error();
  for (const StagedVariant& staged : m_variants) {
    const Variant& v = staged.variant;
    copy->field(staged.row).field(staged.position).field(v.sku).field(v.title).field(v.price);
    copy->field(v.options.dump()).field(v.attributes.dump());
    if (auto sent = copy->endRow(); !sent) return sent;
  }
  if (auto finished = copy->finish(); !finished) return finished.error();
  return {};
}

Result<std::vector<MergedProduct>> ProductCopy::mergeProducts() {
  auto merge = m_db.prepare(kMergeProducts);
  if (!merge) return merge.error();
  merge->bind(1, m_writtenAt);
  std::vector<MergedProduct> merged;
  merged.reserve(m_lines.size());
  while (merge->step()) {
    const auto row = static_cast<std::size_t>(merge->integer(2) - 1);
    merged.push_back({merge->integer(0), merge->integer(1) != 0, m_lines[row], m_variantCounts[row]});
  }
  if (!merge->ok()) return m_db.lastError("saving products");
  return merged;
}

Status ProductCopy::replaceVariants(bool anyUpdated) {
  if (anyUpdated) {
    if (auto cleared = m_db.exec(kClearVariants); !cleared) return cleared;
  }
  if (m_variants.empty()) return {};
  return m_db.exec(kInsertVariants);
}

Result<std::vector<MergedProduct>> ProductCopy::merge() {
  if (m_direct) return mergeDirect();
  return mergeStaged();
}

// The direct copy first; then the rows whose SKU it had already sent, through the staging table,
// as updates of the products just made (which keep their ids, and take the last row's fields).
Result<std::vector<MergedProduct>> ProductCopy::mergeDirect() {
  auto merged = m_direct->finish();
  m_failedLine = m_direct->failedLine();
  m_direct.reset();
  if (!merged || m_later.empty()) return merged;
  std::vector<LaterRow> later = std::move(m_later);
  m_later.clear();
  for (const LaterRow& r : later) {
    const ProductRow row{r.sku, r.title, r.description, r.brand, r.category, r.tags, r.price, r.attributes, r.source,
                         r.links};
    if (auto staged = stage(row, r.variants, r.line); !staged) {
      m_failedLine = r.line;
      return staged.error();
    }
  }
  auto updated = mergeStaged();
  if (!updated) return updated;
  merged->insert(merged->end(), updated->begin(), updated->end());
  return merged;
}

Result<std::vector<MergedProduct>> ProductCopy::mergeStaged() {
  if (!m_rows) return std::vector<MergedProduct>{};
  auto copied = m_rows->finish();
  const std::int64_t failedRow = m_rows->failedRow();
  m_rows.reset();
  if (!copied) {
    m_failedLine = lineOfRow(failedRow);
    return copied.error();
  }
  if (auto st = copyVariants(); !st) return st.error();
  if (auto st = copyLinks(); !st) return st.error();
  auto merged = mergeProducts();
  if (!merged) return merged.error();
  bool anyUpdated = false;
  for (const MergedProduct& product : *merged) anyUpdated = anyUpdated || !product.inserted;
  if (auto st = replaceVariants(anyUpdated); !st) return st.error();
  if (auto st = replaceLinks(anyUpdated); !st) return st.error();
  if (auto st = m_db.exec(kClearStaging); !st) return st.error();
  clear();
  return merged;
}

void ProductCopy::clear() {
  m_lines.clear();
  m_variantCounts.clear();
  m_variants.clear();
  m_links.clear();
}

}  // namespace copydesk::pg
