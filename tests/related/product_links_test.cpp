// The catalog's own links between products (issue 14) survive every importer: WooCommerce's
// Upsells, Cross-sells and Grouped products (SKUs and id:N, also further down the file), Shopify's
// recommendation metafields, a JSON file's and a generic CSV's lists; a re-import replaces them.
// Runs on both backends (the team store imports through COPY, pg::ProductCopy).
#include <catch2/catch.hpp>

#include "core/catalog/catalog_importer.h"
#include "core/export/exporter.h"
#include "core/store/product_store.h"
#include "tests/support/test_paths.h"
#include "tests/support/test_store.h"

using namespace copydesk;

namespace {

Product load(Database& db, const std::string& sku) {
  auto p = ProductStore(db).findBySku(sku);
  REQUIRE(p);
  REQUIRE(p->has_value());
  return **p;
}

std::vector<ProductLink> links(std::initializer_list<std::pair<LinkKind, const char*>> list) {
  std::vector<ProductLink> out;
  for (const auto& [kind, sku] : list) out.push_back({kind, sku});
  return out;
}

std::string kindsAndSkus(const std::vector<ProductLink>& links) {
  std::string text;
  for (const ProductLink& l : links) text += std::string(linkKindName(l.kind)) + ":" + l.sku + " ";
  return text;
}

}  // namespace

TEST_CASE("links: the WooCommerce sample's Logo Collection groups its three products") {
  test::TestStore store;
  auto db = store.openOrFail();
  REQUIRE(importCatalog(*db, test::sharedDir() / "samples" / "woocommerce_sample_products.csv"));
  const Product group = load(*db, "logo-collection");
  CHECK(kindsAndSkus(group.links) == "grouped:woo-hoodie-with-logo grouped:woo-tshirt grouped:woo-beanie ");
  CHECK_FALSE(group.attributes.contains("Grouped products"));  // a link now, not an attribute
  CHECK(load(*db, "woo-tshirt").links.empty());

  // A full WooCommerce export writes them back in their column (it holds products with approved copy).
  REQUIRE(db->exec("INSERT INTO drafts (product_id, field, text, status) VALUES (" + std::to_string(group.id) +
                   ", 'title', 'Logo Collection', 'approved')"));
  ExportOptions options;
  options.format = ExportFormat::WooCommerce;
  options.out = store.dir() / "woo.csv";
  REQUIRE(Exporter(*db).run(options));
  CHECK(test::fileContains(options.out, "\"woo-hoodie-with-logo, woo-tshirt, woo-beanie\""));
}

TEST_CASE("links: WooCommerce id:N, also of a row further down, becomes that row's SKU; re-import replaces") {
  test::TestStore store;
  auto db = store.openOrFail();
  const auto file = store.dir() / "woo.csv";
  test::writeFile(file,
                  "ID,Type,SKU,Name,Regular price,Upsells,Cross-sells,Grouped products\n"
                  "10,simple,A,Alpha,5,id:11,\"id:12, C\",\n"
                  "11,simple,B,Beta,6,,,\n"
                  "12,simple,,Gamma,7,,,\n"
                  "13,grouped,G,Group,,,,\"id:10,id:11\"\n"
                  "14,variable,V,Vee,,A,,\n");
  auto imported = importCatalog(*db, file);
  REQUIRE(imported);
  CHECK(kindsAndSkus(load(*db, "A").links) == "upsell:B cross-sell:id:12 cross-sell:C ");
  CHECK(kindsAndSkus(load(*db, "G").links) == "grouped:A grouped:B ");
  CHECK(kindsAndSkus(load(*db, "V").links) == "upsell:A ");
  CHECK(load(*db, "id:12").links.empty());

  const auto again = store.dir() / "woo2.csv";
  test::writeFile(again, "ID,Type,SKU,Name,Upsells,Cross-sells\n10,simple,A,Alpha,G,\n13,grouped,G,Group,,\n");
  REQUIRE(importCatalog(*db, again));
  CHECK(kindsAndSkus(load(*db, "A").links) == "upsell:G ");
  CHECK(load(*db, "G").links.empty());
  CHECK(kindsAndSkus(load(*db, "V").links) == "upsell:A ");  // not in the file: untouched
}

TEST_CASE("links: Shopify's recommendation metafields are cross-sells, other metafields stay attributes") {
  test::TestStore store;
  auto db = store.openOrFail();
  const auto file = store.dir() / "shopify.csv";
  test::writeFile(
      file,
      "Handle,Title,Variant SKU,Variant Price,"
      "Complementary products (product.metafields.shopify--discovery--product_recommendation.complementary_products),"
      "Related products (product.metafields.shopify--discovery--product_recommendation.related_products),"
      "Pairs with (product.metafields.custom.related_items),Care (product.metafields.custom.care)\n"
      "mug,Mug,MUG-1,9,\"saucer, spoon\",cup,\"[\"\"tray\"\"]\",hand wash\n"
      "mug,,MUG-2,10,,,,\n"
      "saucer,Saucer,SAU-1,4,,,,\n");
  REQUIRE(importCatalog(*db, file));
  const Product mug = load(*db, "mug");
  CHECK(kindsAndSkus(mug.links) == "cross-sell:saucer cross-sell:spoon cross-sell:cup cross-sell:tray ");
  CHECK(mug.attributes["Care (product.metafields.custom.care)"] == "hand wash");
  CHECK(mug.variants.size() == 2);
  CHECK(load(*db, "saucer").links.empty());
}

TEST_CASE("links: a JSON catalog's upsells, cross_sells and grouped lists, and a generic CSV's columns") {
  test::TestStore store;
  auto db = store.openOrFail();
  const auto json = store.dir() / "c.json";
  test::writeFile(json, R"([
    {"sku": "KIT", "title": "套装", "grouped": ["PAN", "LID"], "upsells": "PAN-PRO", "cross_sells": ["OIL"]},
    {"sku": "PAN", "title": "Pan", "关联商品": "LID、OIL"},
    {"sku": "LID", "title": "Lid"}
  ])");
  REQUIRE(importCatalog(*db, json));
  CHECK(kindsAndSkus(load(*db, "KIT").links) == "grouped:PAN grouped:LID upsell:PAN-PRO cross-sell:OIL ");
  CHECK(kindsAndSkus(load(*db, "PAN").links) == "cross-sell:LID cross-sell:OIL ");
  CHECK_FALSE(load(*db, "KIT").attributes.contains("upsells"));

  const auto csv = store.dir() / "g.csv";
  test::writeFile(csv, "sku,title,upsells,cross_sells,colour\nLID,Lid,\"KIT\",PAN,red\nOIL,Oil,,LID,\n");
  REQUIRE(importCatalog(*db, csv));
  const Product lid = load(*db, "LID");
  CHECK(lid.links == links({{LinkKind::Upsell, "KIT"}, {LinkKind::CrossSell, "PAN"}}));
  CHECK(lid.attributes == Json{{"colour", "red"}});
  CHECK(kindsAndSkus(load(*db, "OIL").links) == "cross-sell:LID ");
}
