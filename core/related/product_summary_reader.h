#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/common/result.h"
#include "core/related/related_product.h"
#include "core/store/database.h"

namespace copydesk {

// Reads many products' summaries by id or SKU in a few statements (a few hundred keys each), not
// a statement per product: the finder reads hundreds of candidates for one SKU.
class ProductSummaryReader final {
 public:
  explicit ProductSummaryReader(Database& db) : m_db(db) {}

  // Keyed by id; ids no longer stored are missing.
  Result<std::unordered_map<std::int64_t, ProductSummary>> byIds(const std::vector<std::int64_t>& ids);
  // Keyed by SKU; SKUs not in the catalog are missing.
  Result<std::unordered_map<std::string, ProductSummary>> bySkus(const std::vector<std::string>& skus);

 private:
  template <class Key, class Bind>
  Status read(const char* column, const std::vector<Key>& keys, Bind bind,
              const std::function<void(ProductSummary&&)>& each);

  Database& m_db;
};

}  // namespace copydesk
