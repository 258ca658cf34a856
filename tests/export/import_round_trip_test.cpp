#include <catch2/catch.hpp>

#include "core/catalog/catalog_importer.h"
#include "core/export/exporter.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using namespace copydesk::test;

namespace {

// Imports `file` into a fresh database and returns its products by SKU.
std::map<std::string, Product> importInto(const std::filesystem::path& db, const std::filesystem::path& file,
                                          CatalogFormat format) {
  auto database = Database::open(db);
  REQUIRE(database);
  auto summary = importCatalog(**database, file, {.format = format});
  INFO((summary ? "" : summary.error().describe()));
  REQUIRE(summary);
  std::map<std::string, Product> bySku;
  auto products = ProductStore(**database).list();
  REQUIRE(products);
  for (auto& p : *products) bySku[p.sku] = p;
  return bySku;
}

}  // namespace

TEST_CASE("a full legacy Shopify export re-imports with the approved copy and the catalog's variants") {
  ExportFixture f;
  REQUIRE(importCatalog(*f.db, sharedDir() / "samples" / "shopify_product_template.csv",
                        {.format = CatalogFormat::Shopify}));
  const auto original = ProductStore(*f.db).list().value();
  REQUIRE(original.size() == 3);
  const Product& shirt = original[0];
  f.approved(shirt.id, "title", "Organic Cotton Tee, \"Classic\" Fit");
  f.approved(shirt.id, "description", "<p>Soft, <strong>organic</strong> cotton.</p><ul><li>Made to order</li></ul>");
  for (const Product& p : original) {
    if (p.id != shirt.id) f.approved(p.id, "seo_title", p.title + " | Shop");
  }

  ExportOptions options;
  options.format = ExportFormat::ShopifyLegacy;
  options.out = f.dir / "shopify.csv";
  auto result = Exporter(*f.db).run(options);
  REQUIRE(result);
  auto back = importInto(f.dir / "back.db", options.out, CatalogFormat::Shopify);
  REQUIRE(back.size() == 3);
  const Product& shirtBack = back.at(shirt.sku);
  CHECK(shirtBack.title == "Organic Cotton Tee, \"Classic\" Fit");
  CHECK(shirtBack.description == "<p>Soft, <strong>organic</strong> cotton.</p><ul><li>Made to order</li></ul>");
  for (const Product& p : original) {
    INFO(p.sku);
    const Product& again = back.at(p.sku);
    CHECK(again.variants.size() == p.variants.size());
    CHECK(again.brand == p.brand);
    if (p.id != shirt.id) {
      CHECK(again.title == p.title);
      CHECK(again.description == p.description);
    }
    for (std::size_t v = 0; v < std::min(p.variants.size(), again.variants.size()); ++v) {
      CHECK(again.variants[v].sku == p.variants[v].sku);
      CHECK(again.variants[v].options == p.variants[v].options);
    }
  }
}

TEST_CASE("a copy-only WooCommerce export re-imports with exactly the approved copy") {
  ExportFixture f;
  REQUIRE(importCatalog(*f.db, sharedDir() / "samples" / "woocommerce_sample_products.csv",
                        {.format = CatalogFormat::WooCommerce}));
  auto hoodie = ProductStore(*f.db).findBySku("woo-hoodie").value();
  REQUIRE(hoodie);
  f.approved(hoodie->id, "title", "Hoodie — 连帽衫, fleece-lined");
  f.approved(hoodie->id, "description", "<p>Warm &amp; soft.</p><h3>Care</h3><p>Wash cold.</p>");
  ExportOptions options;
  options.format = ExportFormat::WooCommerce;
  options.copyOnly = true;
  options.out = f.dir / "woo.csv";
  REQUIRE(Exporter(*f.db).run(options));
  auto back = importInto(f.dir / "back.db", options.out, CatalogFormat::WooCommerce);
  REQUIRE(back.count("woo-hoodie") == 1);
  CHECK(back.at("woo-hoodie").title == "Hoodie — 连帽衫, fleece-lined");
  CHECK(back.at("woo-hoodie").description == "<p>Warm &amp; soft.</p><h3>Care</h3><p>Wash cold.</p>");
}

TEST_CASE("a generic export re-imports through the generic importer with exactly the approved texts") {
  ExportFixture f;
  const auto p = f.product("tea-1", "Catalog title");
  f.approved(p, "title", "Longjing, \"pre-Qingming\" 2024");
  f.approved(p, "description", "Line one\nLine two, 中文\n=not a formula in upload mode");
  ExportOptions options;
  options.columns = "sku,title,description";
  options.out = f.dir / "generic.csv";
  REQUIRE(Exporter(*f.db).run(options));
  auto back = importInto(f.dir / "back.db", options.out, CatalogFormat::Generic);
  REQUIRE(back.count("tea-1") == 1);
  CHECK(back.at("tea-1").title == "Longjing, \"pre-Qingming\" 2024");
  CHECK(back.at("tea-1").description == "Line one\nLine two, 中文\n=not a formula in upload mode");
}
