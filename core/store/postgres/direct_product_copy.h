#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/postgres/pg_copy_in.h"
#include "core/store/product.h"
#include "core/store/product_store.h"

namespace copydesk::pg {

struct MergedProduct;

// The first import into an empty catalog (issue 11): its rows go straight into products with COPY,
// with no staging table and no merge, which made a first import 5× slower than psql's \copy. Nothing
// can conflict: the catalog is empty and locked against other writers until the import commits, so
// every row is a new product; ids come from the identity column in the order the rows are sent, as
// ProductStore::upsert would give them. A SKU sent twice is not sent again: add() says so and the
// caller merges that row afterwards (the product keeps its id, its last row wins).
class DirectProductCopy final {
 public:
  // Whether products is empty. When it is, it is also locked (SHARE ROW EXCLUSIVE: readers go on,
  // other writers wait for the import's transaction); a catalog with products is not locked.
  static Result<bool> lockIfEmpty(Database& db);

  DirectProductCopy(Database& db, std::string writtenAt) : m_db(db), m_writtenAt(std::move(writtenAt)) {}

  // On a catalog lockIfEmpty() found empty: drops its indexes and the constraints they back
  // (copydesk_products_load_begin, schema v17 and v18) so that finish() makes the primary key, the
  // unique SKU and the foreign keys again once after the COPY; the plain indexes are left for the
  // search indexing that follows (ProductSearchIndex). Nothing is dropped when the role may not, or
  // when someone else is reading the catalog or a table pointing at it (it never waits).
  Status deferIndexes();

  // false: a row with that SKU was added before; nothing was sent.
  Result<bool> add(const ProductRow& row, std::span<const Variant> variants, std::int64_t line);
  bool pending() const { return !m_lines.empty(); }
  // Ends the COPY, then writes the variants and links; every product comes back as inserted.
  Result<std::vector<MergedProduct>> finish();
  std::int64_t failedLine() const { return m_failedLine; }

 private:
  struct Owned {
    std::int64_t row = 0;  // 1-based, in the order sent
    std::int64_t position = 0;
  };
  Status start();
  std::int64_t lineOfRow(std::int64_t row) const;  // the file line of a row sent (1-based); 0 if unknown
  Status rebuildIndexes();
  Result<std::vector<std::int64_t>> idsInOrder();
  Status copyVariants(const std::vector<std::int64_t>& ids);
  Status copyLinks(const std::vector<std::int64_t>& ids);

  Database& m_db;
  std::string m_writtenAt;
  std::optional<CopyIn> m_rows;
  bool m_indexesDeferred = false;
  std::unordered_set<std::string> m_skus;
  std::vector<std::int64_t> m_lines;  // per row sent
  std::vector<std::int64_t> m_variantCounts;
  std::vector<std::pair<Owned, Variant>> m_variants;
  std::vector<std::pair<Owned, ProductLink>> m_links;
  std::int64_t m_failedLine = 0;
};

}  // namespace copydesk::pg
