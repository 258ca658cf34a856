#include <catch2/catch.hpp>

#include "core/catalog/column_mapping.h"
#include "core/catalog/format_detector.h"
#include "core/catalog/row_mapping.h"

using namespace copydesk;

TEST_CASE("generic columns match by name in English and Chinese") {
  const ColumnMapping m = matchColumns({"货号", "商品名称", "详情", "品牌", "类目", "标签", "价格", "产地"});
  CHECK(m.column(ProductField::Sku) == "货号");
  CHECK(m.column(ProductField::Title) == "商品名称");
  CHECK(m.column(ProductField::Description) == "详情");
  CHECK(m.column(ProductField::Brand) == "品牌");
  CHECK(m.column(ProductField::Category) == "类目");
  CHECK(m.column(ProductField::Tags) == "标签");
  CHECK(m.column(ProductField::Price) == "价格");

  const ColumnMapping e = matchColumns({"ID", "Product Name", "Long_Description", "BRAND", "Category", "Item SKU", "Price"});
  CHECK(e.column(ProductField::Sku) == "Item SKU");  // a SKU beats a bare ID
  CHECK(e.column(ProductField::Title) == "Product Name");
  CHECK(e.column(ProductField::Description) == "Long_Description");
  CHECK(e.column(ProductField::Brand) == "BRAND");
  CHECK(e.column(ProductField::Tags).empty());

  CHECK(matchColumns({"编码", "名称"}).column(ProductField::Sku) == "编码");
  CHECK(matchColumns({"Colour", "Size"}).column(ProductField::Sku).empty());
}

TEST_CASE("formats are told apart by their headers") {
  CHECK(FormatDetector::detectCsv({"Handle", "Title", "Body (HTML)", "Vendor", "Variant SKU"}) == CatalogFormat::Shopify);
  CHECK(FormatDetector::detectCsv({"Title", "URL handle", "Description", "SKU"}) == CatalogFormat::Shopify);
  CHECK(FormatDetector::detectCsv({"ID", "Type", "SKU", "Name", "Parent", "Regular price"}) == CatalogFormat::WooCommerce);
  CHECK(FormatDetector::detectCsv({"sku", "title", "price"}) == CatalogFormat::Generic);
  CHECK(FormatDetector::looksLikeJson("\n  [ {"));
  CHECK_FALSE(FormatDetector::looksLikeJson("sku,title"));
}

TEST_CASE("tags split on ASCII and Chinese commas, trimmed") {
  CHECK(splitTags(" Made to Order, Shirt Tag ,,") == std::vector<std::string>{"Made to Order", "Shirt Tag"});
  CHECK(splitTags("绿茶，明前、礼盒") == std::vector<std::string>{"绿茶", "明前", "礼盒"});
  CHECK(splitTags("").empty());
}
