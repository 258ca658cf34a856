#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/catalog/import_options.h"
#include "core/catalog/product_sink.h"
#include "core/store/product_store.h"

namespace copydesk {

// Writes mapped products to the ProductStore and counts what happened for the ImportSummary.
// A product written twice in one file (rows that add to it later) counts once.
class StoreSink final : public ProductSink {
 public:
  // All products of one import are stamped with the time it started.
  StoreSink(Database& db, std::string label);

  Status put(Product&& product, std::int64_t line) override;
  Status putRow(const ProductRow& row, std::int64_t line) override;
  Result<std::optional<Product>> existing(const std::string& sku) override;

  void addTo(ImportSummary& summary) const;

 private:
  struct Written {
    std::int64_t id = 0;
    std::int64_t variants = 0;
    bool inserted = false;
  };
  Status count(const Result<UpsertOutcome>& outcome, std::int64_t variants, std::int64_t line);
  Written* find(std::int64_t id);

  ProductStore m_store;
  std::string m_label;
  std::string m_writtenAt;
  // Every product written, once. New products get increasing ids, so they are appended to a sorted
  // vector (most imports never touch the map); ids that come out of order (updates) go to the map.
  std::vector<Written> m_inOrder;
  std::unordered_map<std::int64_t, Written> m_outOfOrder;
  std::int64_t m_variants = 0;
};

}  // namespace copydesk
