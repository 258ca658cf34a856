#pragma once

#include <optional>
#include <unordered_set>

#include "core/catalog/row_mapping.h"

namespace copydesk {

// Shopify product CSV, legacy (Handle, Body (HTML), Variant SKU…) or current (URL handle,
// Description, SKU…) headers. Rows sharing a handle are one product: each row with option values
// or a variant SKU/price is a variant; a row with neither only adds an image (attributes "images").
// Product metafields of related, complementary, upsell or bundle products (Search & Discovery's
// shopify--discovery--product_recommendation.*, or custom.*related*) become the product's links.
class ShopifyMapping final : public RowMapping {
 public:
  ShopifyMapping(ProductSink& sink, std::string label, std::vector<std::string> header);

  Status start() override;
  Status addRow(const CsvRecord& record) override;
  Status finish() override;
  ColumnMapping mapping() const override;

 private:
  enum class Level { Product, Variant, Image };
  struct OptionColumns {
    int name = -1;
    int value = -1;
  };

  Status flush();
  Status begin(const CsvRecord& record, std::string handle);
  void addProductColumns(const CsvRecord& record);
  void addVariant(const CsvRecord& record);
  void addImage(const CsvRecord& record);

  int m_handle = -1, m_title = -1, m_body = -1, m_vendor = -1, m_category = -1, m_tags = -1;
  int m_sku = -1, m_price = -1, m_imageSrc = -1, m_imagePosition = -1, m_imageAlt = -1;
  std::vector<OptionColumns> m_options;
  std::vector<Level> m_levels;     // per column
  std::vector<bool> m_fieldColumn; // per column: feeds a Product/Variant field, not an attribute
  std::vector<std::pair<int, LinkKind>> m_linkColumns;
  std::optional<Product> m_current;
  std::int64_t m_currentLine = 0;
  std::vector<std::string> m_optionNames;  // the current product's, from its first row
  std::unordered_set<std::string> m_done;  // handles already handed to the sink
};

}  // namespace copydesk
