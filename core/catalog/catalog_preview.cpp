#include "core/catalog/catalog_preview.h"

#include "core/catalog/catalog_source.h"
#include "core/catalog/json_mapping.h"

namespace copydesk {
namespace {

// Keeps what it is given; nothing was stored before.
class ListSink final : public ProductSink {
 public:
  explicit ListSink(std::vector<Product>& products) : m_products(products) {}
  Status put(Product&& product, std::int64_t) override {
    for (Product& p : m_products) {
      if (p.sku == product.sku) {
        p = std::move(product);
        return {};
      }
    }
    m_products.push_back(std::move(product));
    return {};
  }
  Result<std::optional<Product>> existing(const std::string& sku) override {
    for (const Product& p : m_products) {
      if (p.sku == sku) return std::optional<Product>(p);
    }
    return std::optional<Product>();
  }

 private:
  std::vector<Product>& m_products;
};

// The line an error names at the end of its place ("FILE:12"), or 0.
std::int64_t lineOf(const Error& error) {
  const size_t colon = error.where.rfind(':');
  if (colon == std::string::npos || colon + 1 == error.where.size()) return 0;
  std::int64_t line = 0;
  for (size_t i = colon + 1; i < error.where.size(); ++i) {
    const char c = error.where[i];
    if (c < '0' || c > '9') return 0;
    line = line * 10 + (c - '0');
  }
  return line;
}

void setProblem(CatalogPreview& preview, const Error& error) {
  preview.problem = error.describe();
  preview.problemError = error;
  preview.problemLine = lineOf(error);
}

Status previewCsv(CatalogSource& source, const ImportOptions& options, size_t rows, CatalogPreview& preview) {
  preview.header = source.header();
  preview.delimiter = source.delimiter();
  ListSink sink(preview.products);
  auto mapping = source.makeMapping(sink, options.mapping);
  preview.mapping = mapping->mapping();
  Status mappingState = mapping->start();
  CsvRecord record;
  while (preview.rows.size() < rows) {
    auto got = source.reader().next(record);
    if (!got) return got.error();
    if (!*got) break;
    record.fields.resize(std::max(record.fields.size(), preview.header.size()));
    preview.rows.push_back(record.fields);
    preview.lines.push_back(record.line);
    if (mappingState) mappingState = mapping->addRow(record);
  }
  if (mappingState) mappingState = mapping->finish();
  if (!mappingState) setProblem(preview, mappingState.error());
  return {};
}

Status previewJson(CatalogSource& source, const ImportOptions& options, size_t rows, CatalogPreview& preview) {
  auto text = source.readAllText();
  if (!text) return text.error();
  std::vector<Json> objects;
  auto st = JsonMapping::forEachObject(*text, source.label(), [&](const Json& object, std::int64_t line) -> Status {
    if (objects.size() < rows) {
      objects.push_back(object);
      preview.lines.push_back(line);
    }
    return {};
  });
  if (!st) return st;
  for (const Json& object : objects) {
    for (const auto& item : object.items()) {
      if (std::find(preview.header.begin(), preview.header.end(), item.key()) == preview.header.end()) {
        preview.header.push_back(item.key());
      }
    }
  }
  ListSink sink(preview.products);
  JsonMapping mapping(sink, source.label(), options.mapping);
  preview.mapping = mapping.mappingFor(preview.header);
  for (size_t i = 0; i < objects.size(); ++i) {
    const Json& object = objects[i];
    std::vector<std::string> row;
    for (const auto& key : preview.header) row.push_back(object.contains(key) ? jsonText(object[key]) : std::string());
    preview.rows.push_back(std::move(row));
    if (preview.problem.empty()) {
      if (auto added = mapping.add(object, preview.lines[i]); !added) setProblem(preview, added.error());
    }
  }
  return {};
}

}  // namespace

Result<CatalogPreview> previewCatalog(const std::filesystem::path& path, const ImportOptions& options, size_t rows) {
  auto source = CatalogSource::open(path, options);
  if (!source) return source.error();
  CatalogPreview preview;
  preview.format = (*source)->format();
  const Status st = preview.format == CatalogFormat::Json ? previewJson(**source, options, rows, preview)
                                                          : previewCsv(**source, options, rows, preview);
  if (!st) return st.error();
  return preview;
}

}  // namespace copydesk
