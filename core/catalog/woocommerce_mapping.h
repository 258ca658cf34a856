#pragma once

#include <unordered_map>

#include "core/catalog/row_mapping.h"

namespace copydesk {

// WooCommerce's built-in product CSV (ID, Type, SKU, Name, … Parent, Attribute N name/value(s)).
// Each non-variation row is a product keyed by SKU (or "id:N" without one); `variation` rows become
// variants of the product their Parent names (by SKU or "id:N"), wherever in the file it is.
// Variable products wait for their variations until the end of the file; other products go out at once.
// Upsells, Cross-sells and Grouped products (SKUs, or "id:N" naming the ID column) become the
// product's links; an "id:N" of a row further down is resolved at the end of the file.
class WooCommerceMapping final : public RowMapping {
 public:
  WooCommerceMapping(ProductSink& sink, std::string label, std::vector<std::string> header);

  Status start() override;
  Status addRow(const CsvRecord& record) override;
  Status finish() override;
  ColumnMapping mapping() const override;

 private:
  struct Pending {
    Product product;
    std::int64_t line = 0;
    std::vector<std::int64_t> variantLines;  // keeps variants in file order, whenever they arrive
  };
  struct Orphan {
    std::string parent;
    Variant variant;
    std::int64_t line = 0;
  };

  Variant makeVariant(const CsvRecord& record) const;
  Product makeProduct(const CsvRecord& record, std::string key) const;
  std::string resolveParent(const std::string& parent) const;
  void readLinks(const CsvRecord& record, Product& product) const;
  bool resolveLinks(Product& product) const;  // false while an "id:N" names no row read yet
  Status putLinkedLater();
  Status attachToStored(Orphan& orphan);
  Pending* pending(const std::string& key);
  static void attach(Pending& pending, Variant variant, std::int64_t line);

  int m_id = -1, m_type = -1, m_sku = -1, m_name = -1, m_description = -1, m_categories = -1, m_tags = -1;
  int m_price = -1, m_salePrice = -1, m_parent = -1, m_brand = -1;
  int m_upsells = -1, m_crossSells = -1, m_grouped = -1;
  std::vector<std::pair<int, int>> m_attributes;  // (name column, value(s) column)
  std::vector<bool> m_fieldColumn;                // product-level columns that feed a field
  std::unordered_map<std::string, std::string> m_keyById;  // "44" → "woo-vneck-tee"
  std::vector<Pending> m_pending;                          // variable products, in file order
  std::unordered_map<std::string, size_t> m_pendingByKey;
  std::vector<Orphan> m_orphans;                           // variations whose parent was not pending
  std::vector<std::pair<std::string, std::int64_t>> m_linkedLater;  // products put with an unresolved "id:N"
};

}  // namespace copydesk
