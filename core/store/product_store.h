#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/product.h"
#include "core/store/product_link_store.h"

namespace copydesk {

struct ProductQuery {
  std::string search;    // full text (any script; substrings of 3+ characters use the index)
  std::string category;  // exact category, empty for all
  std::string tag;       // one tag, empty for all
  std::int64_t limit = -1;
  std::int64_t offset = 0;
};

// A product's own columns as the products table holds them, tags and attributes already JSON text
// (an import writes rows in this form without building a Product; the texts only need to outlive the
// call).
struct ProductRow {
  std::string_view sku;
  std::string_view title;
  std::string_view description;
  std::string_view brand;
  std::string_view category;
  std::string_view tagsJson = "[]";
  std::string_view price;
  std::string_view attributesJson = "{}";
  std::string_view source;
  std::span<const ProductLink> links;  // replace the product's links (issue 14)
};

// The product's columns as a ProductRow; tags and attributes are written as JSON into the two texts
// given, which must outlive the row.
ProductRow rowOf(const Product& product, std::string& tagsJson, std::string& attributesJson);

struct UpsertOutcome {
  std::int64_t id = 0;
  bool inserted = false;  // false: an existing product with that SKU was updated
};

// Products and their variants. Re-imports update by SKU in place, so drafts that point at a
// product survive. Writes expect the caller's Transaction when they belong together.
class ProductStore final {
 public:
  explicit ProductStore(Database& db) : m_db(db) {}

  Result<UpsertOutcome> upsert(const Product& product);
  // The same with the write time given (an import stamps all its rows with one time).
  Result<UpsertOutcome> upsert(const Product& product, std::string_view writtenAt);
  // The same from the row's texts; the product's variants are replaced by `variants`.
  Result<UpsertOutcome> upsert(const ProductRow& row, std::span<const Variant> variants, std::string_view writtenAt);
  Result<std::optional<Product>> findBySku(const std::string& sku);
  Result<std::optional<Product>> findById(std::int64_t id);
  // Products in id order (or by relevance when searching), variants included.
  Result<std::vector<Product>> list(const ProductQuery& query = {});
  // Just the ids, for views that page rows in lazily.
  Result<std::vector<std::int64_t>> ids(const ProductQuery& query = {});
  Result<std::int64_t> count(const ProductQuery& query = {});
  Result<std::vector<std::string>> categories();
  Result<std::vector<std::string>> tags();  // every tag any product has, once, sorted

 private:
  Result<std::vector<Product>> load(Statement& stmt);
  Status loadVariants(std::span<Product> products);
  Status loadLinks(std::span<Product> products);
  Status prepareWrites();
  Status insertVariants(std::int64_t productId, std::span<const Variant> variants);

  Database& m_db;
  ProductLinkStore m_links{m_db};
  Statement m_update;
  Statement m_insert;
  Statement m_deleteVariants;
  Statement m_insertVariant;
};

// The WHERE clause and bindings for a query; shared with the table model's paging queries.
struct ProductFilterSql {
  std::string where;                  // "" or " WHERE ..."
  std::vector<std::string> bindings;  // bound in order from index 1
};
ProductFilterSql productFilterSql(const ProductQuery& query, const Database& db);

}  // namespace copydesk
