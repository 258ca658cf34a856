#include <catch2/catch.hpp>

#include "core/export/exporter.h"
#include "core/export/shopify_layout.h"
#include "core/export/woocommerce_layout.h"
#include "tests/export/export_fixture.h"

using namespace copydesk;
using namespace copydesk::test;

namespace {

std::vector<std::string> sampleHeader(const std::string& name) {
  return parseCsv(readFile(sharedDir() / "samples" / name)).at(0);
}

// Writes one approved product through the layout and returns the file's header record.
std::vector<std::string> writtenHeader(ExportFormat format, bool copyOnly = false) {
  ExportFixture f;
  const auto p = f.product("tea-1", "Longjing", "<p>old</p>");
  f.approved(p, "title", "West Lake Longjing");
  f.approved(p, "description", "Fresh spring tea.");
  ExportOptions options;
  options.format = format;
  options.copyOnly = copyOnly;
  options.out = f.dir / "out.csv";
  auto result = Exporter(*f.db).run(options);
  REQUIRE(result);
  const std::string bytes = readFile(options.out);
  CHECK(recordsEndInCrlf(bytes));
  const auto records = parseCsv(bytes);
  for (const auto& record : records) CHECK(record.size() == records.at(0).size());
  return records.at(0);
}

}  // namespace

TEST_CASE("the legacy Shopify header is exactly the template's 48 columns") {
  const auto sample = sampleHeader("shopify_product_template.csv");
  REQUIRE(sample.size() == 48);
  CHECK(ShopifyLayout::legacyHeader() == sample);
  CHECK(writtenHeader(ExportFormat::ShopifyLegacy) == sample);
}

TEST_CASE("the WooCommerce header is exactly the sample's 51 columns") {
  const auto sample = sampleHeader("woocommerce_sample_products.csv");
  REQUIRE(sample.size() == 51);
  CHECK(WooCommerceLayout::fullHeader() == sample);
  CHECK(writtenHeader(ExportFormat::WooCommerce) == sample);
}

TEST_CASE("the current Shopify header uses the current names in their order") {
  const auto header = writtenHeader(ExportFormat::Shopify);
  const std::vector<std::string> leading = {"Title",  "URL handle", "Description", "Vendor", "Product category",
                                            "Type",   "Tags",       "Published on online store",
                                            "Status", "SKU",        "Barcode",     "Option1 name", "Option1 value"};
  REQUIRE(header.size() > leading.size());
  CHECK(std::vector<std::string>(header.begin(), header.begin() + static_cast<long>(leading.size())) == leading);
  CHECK(std::count(header.begin(), header.end(), "SEO title") == 1);
  CHECK(std::count(header.begin(), header.end(), "SEO description") == 1);
  CHECK(std::count(header.begin(), header.end(), "Handle") == 0);
}

TEST_CASE("copy-only headers hold the key, the title and the approved copy columns only") {
  CHECK(writtenHeader(ExportFormat::ShopifyLegacy, true) == std::vector<std::string>{"Handle", "Title", "Body (HTML)"});
  CHECK(writtenHeader(ExportFormat::Shopify, true) == std::vector<std::string>{"URL handle", "Title", "Description"});
  CHECK(writtenHeader(ExportFormat::WooCommerce, true) ==
        std::vector<std::string>{"ID", "SKU", "Name", "Description"});
}

TEST_CASE("the Amazon and generic headers") {
  CHECK(writtenHeader(ExportFormat::Amazon) ==
        std::vector<std::string>{"item_sku", "item_name", "bullet_point1", "bullet_point2", "bullet_point3",
                                 "bullet_point4", "bullet_point5", "product_description", "generic_keywords"});
  CHECK(writtenHeader(ExportFormat::Generic) == std::vector<std::string>{"sku", "title", "description"});
}
