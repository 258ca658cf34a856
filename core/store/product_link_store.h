#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/product_link.h"
#include "core/store/statement.h"

namespace copydesk {

// The catalog's own links between products (product_links, issue 14). A product's links are
// replaced whenever the product is written again (a re-import), like its variants; the other
// product is kept by SKU and looked up when read, so a link may name a product imported later.
class ProductLinkStore final {
 public:
  explicit ProductLinkStore(Database& db) : m_db(db) {}

  // `fresh`: the product was just inserted, so it has no links to delete.
  Status replace(std::int64_t productId, std::span<const ProductLink> links, bool fresh);
  Result<std::vector<ProductLink>> linksOf(std::int64_t productId);
  // The SKUs of products whose links of this kind name `sku` (a grouped product's group), by id.
  Result<std::vector<std::string>> linkedFrom(const std::string& sku, LinkKind kind);

 private:
  Status prepare();

  Database& m_db;
  Statement m_delete;
  Statement m_insert;
  Statement m_select;
};

}  // namespace copydesk
