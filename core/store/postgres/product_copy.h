#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/postgres/direct_product_copy.h"
#include "core/store/postgres/pg_copy_in.h"
#include "core/store/product.h"
#include "core/store/product_store.h"

namespace copydesk::pg {

// A product as a bulk load wrote it, in the order the rows were added.
struct MergedProduct {
  std::int64_t id = 0;
  bool inserted = false;    // false: a product with that SKU was there and was updated in place
  std::int64_t line = 0;    // as given to add()
  std::int64_t variants = 0;
};

// Products written to a team store in bulk (a catalog import): the rows are streamed into a
// temporary table with COPY, then merged into products and variants by SKU in three statements,
// with what ProductStore::upsert does row by row: new SKUs get ids in the order added, existing ones
// are updated in place (drafts stay attached) and their variants replaced; a SKU added twice keeps
// its last row; so are a product's links (issue 14). Runs inside the caller's transaction; the temporary tables go with it.
// The first rows written into an empty catalog skip the staging table (DirectProductCopy); only SKUs
// they give twice are merged, afterwards.
class ProductCopy final {
 public:
  ProductCopy(Database& db, std::string writtenAt);

  Status add(const ProductRow& row, std::span<const Variant> variants, std::int64_t line);
  bool pending() const { return !m_lines.empty() || (m_direct && m_direct->pending()) || !m_later.empty(); }
  // Merges what was added since the last merge. On failure, failedLine() names the row's line
  // when the server pointed at one.
  Result<std::vector<MergedProduct>> merge();
  std::int64_t failedLine() const { return m_failedLine; }

 private:
  struct StagedVariant {
    std::int64_t row = 0;
    std::int64_t position = 0;
    Variant variant;
  };
  struct StagedLink {
    std::int64_t row = 0;
    std::int64_t position = 0;
    ProductLink link;
  };
  // A row kept for the merge after the direct copy (its SKU came twice): ProductRow only points.
  struct LaterRow {
    std::string sku, title, description, brand, category, tags, price, attributes, source;
    std::vector<ProductLink> links;
    std::vector<Variant> variants;
    std::int64_t line = 0;
  };
  Status start();
  Status stage(const ProductRow& row, std::span<const Variant> variants, std::int64_t line);
  std::int64_t lineOfRow(std::int64_t row) const;  // the file line of a staged row (1-based); 0 if unknown
  Result<std::vector<MergedProduct>> mergeDirect();
  Result<std::vector<MergedProduct>> mergeStaged();
  Status copyLinks();
  Status replaceLinks(bool anyUpdated);
  Status copyVariants();
  Result<std::vector<MergedProduct>> mergeProducts();
  Status replaceVariants(bool anyUpdated);
  void clear();

  Database& m_db;
  std::string m_writtenAt;
  bool m_tablesMade = false;
  bool m_emptyAsked = false;  // only the first rows can find the catalog empty
  std::optional<DirectProductCopy> m_direct;
  std::vector<LaterRow> m_later;
  std::optional<CopyIn> m_rows;
  std::vector<std::int64_t> m_lines;     // per staged row (1-based row = index + 1)
  std::vector<std::int64_t> m_variantCounts;
  std::vector<StagedVariant> m_variants;
  std::vector<StagedLink> m_links;
  std::int64_t m_failedLine = 0;
};

}  // namespace copydesk::pg
