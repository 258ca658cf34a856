#include <catch2/catch.hpp>

#include "core/catalog/catalog_preview.h"
#include "tests/support/test_paths.h"

using namespace copydesk;

TEST_CASE("preview: Shopify sample shows its format, mapping and first rows") {
  auto preview = previewCatalog(test::sharedDir() / "samples" / "shopify_product_template.csv", {}, 5);
  REQUIRE(preview);
  CHECK(preview->format == CatalogFormat::Shopify);
  CHECK(preview->delimiter == ',');
  CHECK(preview->header.size() == 48);
  CHECK(preview->mapping.column(ProductField::Sku) == "Handle");
  CHECK(preview->mapping.column(ProductField::Description) == "Body (HTML)");
  REQUIRE(preview->rows.size() == 5);
  CHECK(preview->rows[0][0] == "example-shirt");
  REQUIRE(preview->products.size() == 1);
  CHECK(preview->products[0].variants.size() == 5);
  CHECK(preview->problem.empty());
}

TEST_CASE("preview: a generic file without a key column still previews, with the problem named") {
  test::TempDir dir;
  test::writeFile(dir / "x.csv", "名字,颜色\n茶杯,白\n");
  auto preview = previewCatalog(dir / "x.csv");
  REQUIRE(preview);
  CHECK(preview->format == CatalogFormat::Generic);
  CHECK(preview->mapping.column(ProductField::Title).empty());
  CHECK(preview->mapping.column(ProductField::Sku).empty());
  CHECK(preview->rows == std::vector<std::vector<std::string>>{{"茶杯", "白"}});
  CHECK(preview->problem.find("no column holds the SKU") != std::string::npos);

  ColumnMapping mapping;
  mapping.column(ProductField::Sku) = "名字";
  auto fixed = previewCatalog(dir / "x.csv", {.mapping = mapping});
  REQUIRE(fixed);
  CHECK(fixed->problem.empty());
  REQUIRE(fixed->products.size() == 1);
  CHECK(fixed->products[0].sku == "茶杯");
  CHECK(fixed->products[0].attributes["颜色"] == "白");
}

TEST_CASE("preview: an ignored column is left out of the previewed products") {
  test::TempDir dir;
  test::writeFile(dir / "x.csv", "sku,title,note\nK1,Kettle,internal\n");
  ColumnMapping mapping;
  mapping.column(ProductField::Sku) = "sku";
  mapping.ignored = {"note"};
  auto preview = previewCatalog(dir / "x.csv", {.mapping = mapping});
  REQUIRE(preview);
  CHECK(preview->mapping.ignored == std::vector<std::string>{"note"});
  CHECK(preview->rows == std::vector<std::vector<std::string>>{{"K1", "Kettle", "internal"}});
  REQUIRE(preview->products.size() == 1);
  CHECK(preview->products[0].title.empty());  // title is not mapped: an attribute
  CHECK(preview->products[0].attributes["title"] == "Kettle");
  CHECK_FALSE(preview->products[0].attributes.contains("note"));
}

TEST_CASE("preview: each row carries the line it starts on, and a problem names its line") {
  test::TempDir dir;
  test::writeFile(dir / "x.csv", "sku,title\nA1,\"two\nlines\"\nA2,Beta\n,No SKU\n");
  auto preview = previewCatalog(dir / "x.csv");
  REQUIRE(preview);
  CHECK(preview->lines == std::vector<std::int64_t>{2, 4, 5});
  CHECK(preview->problem == (dir / "x.csv").string() + ":5: the row has no SKU (column \"sku\" is empty)");
  CHECK(preview->problemLine == 5);

  test::writeFile(dir / "p.json", "[\n  {\"sku\": \"A\"},\n  {\"title\": \"no key\"}\n]\n");
  auto json = previewCatalog(dir / "p.json");
  REQUIRE(json);
  CHECK(json->lines == std::vector<std::int64_t>{2, 3});
  CHECK(json->problemLine == 3);

  test::writeFile(dir / "nokey.csv", "名字\n茶杯\n");
  auto noKey = previewCatalog(dir / "nokey.csv");
  REQUIRE(noKey);
  CHECK_FALSE(noKey->problem.empty());
  CHECK(noKey->problemLine == 0);  // about the header as a whole, no line
}

TEST_CASE("preview: JSON lists the keys as the header") {
  test::TempDir dir;
  test::writeFile(dir / "p.json", R"([{"sku": "A", "title": "Tea"}, {"sku": "B", "品牌": "山岚"}])");
  auto preview = previewCatalog(dir / "p.json");
  REQUIRE(preview);
  CHECK(preview->format == CatalogFormat::Json);
  CHECK(preview->header == std::vector<std::string>{"sku", "title", "品牌"});
  CHECK(preview->mapping.column(ProductField::Brand) == "品牌");
  CHECK(preview->rows[1] == std::vector<std::string>{"B", "", "山岚"});
  CHECK(preview->products.size() == 2);
}

TEST_CASE("preview: unreadable files fail") {
  test::TempDir dir;
  test::writeFile(dir / "bad.csv", "sku\n\xFF\xFE");
  CHECK_FALSE(previewCatalog(dir / "bad.csv"));
  CHECK_FALSE(previewCatalog(dir / "none.csv"));
}
