// A catalog file as the import and the import dialog read it: CatalogSource (blank start, JSON or
// CSV sniffing, the header), FormatDetector (Shopify legacy/current, WooCommerce, generic), the
// header matching of ColumnMapping and every RowMapping (Shopify, WooCommerce, generic with or
// without an explicit mapping) into an in-memory sink, then previewCatalog on the same file.
//
// Input: one options byte, then the file's bytes.
//   bits 0-2  format: auto, shopify, woocommerce, generic, json (5-7: auto)
//   bit 3     GB18030 instead of UTF-8
//   bit 4     an explicit column mapping (generic and JSON), picked from the header by bits 5-7
// Every product that comes out must turn into JSON (the store writes it so).
#include <cstdint>
#include <map>
#include <string>

#include "core/catalog/catalog_preview.h"
#include "core/catalog/catalog_source.h"
#include "core/catalog/column_mapping.h"
#include "core/catalog/format_detector.h"
#include "core/catalog/json_mapping.h"
#include "fuzz/support/input_parts.h"
#include "fuzz/support/scratch_dir.h"

using namespace copydesk;

namespace {

// Keeps products by SKU like the store does; rows of the generic layout arrive through the
// default ProductSink::putRow, which parses the tags and attributes JSON the mapping wrote.
class MemorySink final : public ProductSink {
 public:
  Status put(Product&& product, std::int64_t) override {
    (void)toJson(product).dump();
    m_products[product.sku] = std::move(product);
    return {};
  }
  Result<std::optional<Product>> existing(const std::string& sku) override {
    const auto found = m_products.find(sku);
    if (found == m_products.end()) return std::optional<Product>();
    return std::optional<Product>(found->second);
  }

 private:
  std::map<std::string, Product> m_products;
};

ImportOptions optionsFrom(std::uint8_t bits) {
  constexpr CatalogFormat kFormats[] = {CatalogFormat::Auto,    CatalogFormat::Shopify, CatalogFormat::WooCommerce,
                                        CatalogFormat::Generic, CatalogFormat::Json,    CatalogFormat::Auto,
                                        CatalogFormat::Auto,    CatalogFormat::Auto};
  ImportOptions options;
  options.format = kFormats[bits & 7];
  options.encoding = bits & 8 ? TextEncoding::Gb18030 : TextEncoding::Utf8;
  return options;
}

// A mapping a user could have made in the dialog: the matched one with some fields moved to
// other columns (or to a column the file does not have) and one column ignored.
ColumnMapping editedMapping(const std::vector<std::string>& header, std::uint8_t bits) {
  ColumnMapping mapping = matchColumns(header);
  const size_t shift = bits >> 5;
  for (size_t i = 0; i < kProductFields.size(); ++i) {
    if ((i + shift) % 3 != 0) continue;
    mapping.columns[i] = header.empty() ? "absent" : header[(i + shift) % header.size()];
  }
  if (!header.empty()) mapping.ignored.push_back(header[shift % header.size()]);
  for (const auto& name : header) (void)normalizeHeader(name);
  return mapping;
}

void importCsv(CatalogSource& source, const std::optional<ColumnMapping>& explicitMapping) {
  MemorySink sink;
  auto mapping = source.makeMapping(sink, explicitMapping);
  (void)mapping->mapping();
  if (!mapping->start()) return;
  CsvRecord record;
  for (;;) {
    auto got = source.reader().next(record);
    if (!got || !*got) break;
    if (!mapping->addRow(record)) return;
  }
  (void)mapping->finish();
}

void importJson(CatalogSource& source, const std::optional<ColumnMapping>& explicitMapping) {
  auto text = source.readAllText();
  if (!text) return;
  MemorySink sink;
  JsonMapping mapping(sink, source.label(), explicitMapping);
  (void)JsonMapping::forEachObject(*text, source.label(),
                                   [&](const Json& object, std::int64_t line) { return mapping.add(object, line); });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::asText(data, size);
  const std::uint8_t bits = fuzz::takeOptions(text);
  ImportOptions options = optionsFrom(bits);
  const auto file = fuzz::writeScratch("catalog.csv", text);

  auto source = CatalogSource::open(file, options);
  if (!source) return 0;
  const auto& header = (*source)->header();
  (void)FormatDetector::detectCsv(header);
  (void)findColumn(header, "sku");
  if (bits & 16) options.mapping = editedMapping(header, bits);
  if ((*source)->format() == CatalogFormat::Json) {
    importJson(**source, options.mapping);
  } else {
    importCsv(**source, options.mapping);
  }
  (void)previewCatalog(file, options, 3);
  return 0;
}
