#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/catalog/import_options.h"
#include "core/catalog/product_sink.h"
#include "core/store/postgres/product_copy.h"
#include "core/store/product_store.h"

namespace copydesk {

// Writes mapped products to the ProductStore and counts what happened for the ImportSummary.
// A product written twice in one file (rows that add to it later) counts once. In a team store,
// inside the import's transaction, the products go through PostgreSQL's bulk path instead
// (pg::ProductCopy: COPY, then one merge), with the same outcome; finish() writes what is pending.
class StoreSink final : public ProductSink {
 public:
  // All products of one import are stamped with the time it started.
  StoreSink(Database& db, std::string label);
  ~StoreSink() override;

  Status put(Product&& product, std::int64_t line) override;
  Status putRow(const ProductRow& row, std::int64_t line) override;
  Result<std::optional<Product>> existing(const std::string& sku) override;

  // Writes the products still on their way (the bulk path); call before committing.
  Status finish();
  void addTo(ImportSummary& summary) const;

 private:
  // Ids written one after another, each one above the last: a new product gets the next id, so a
  // plain import is a single run and the bookkeeping does not grow with the file.
  struct Run {
    std::int64_t first = 0;
    std::int64_t last = 0;
    bool inserted = false;
  };
  Status count(const Result<UpsertOutcome>& outcome, std::int64_t variants, std::int64_t line);
  Status located(Error error, std::int64_t line) const;
  bool inRuns(std::int64_t id) const;
  void setVariants(std::int64_t id, std::int64_t variants);

  ProductStore m_store;
  std::unique_ptr<pg::ProductCopy> m_bulk;  // set on a team store inside a transaction
  std::string m_label;
  std::string m_writtenAt;
  std::vector<Run> m_runs;                           // increasing, not overlapping
  std::unordered_map<std::int64_t, bool> m_outOfOrder;  // other ids written (updates): inserted?
  std::unordered_map<std::int64_t, std::int64_t> m_variantsOf;  // the last variant count, when not 0
  std::int64_t m_products = 0;
  std::int64_t m_inserted = 0;
  std::int64_t m_variants = 0;
};

}  // namespace copydesk
