// The JSON catalog reader: JsonMapping::forEachObject (a top-level array streamed object by object
// with line numbers, or an object holding "products", "items" or "data", or one product object)
// and JsonMapping::add (keys matched to fields, variants, attributes) into an in-memory sink.
//
// Input: one options byte, then the JSON text.
//   bit 0     an explicit column mapping instead of matching keys by name
//   bit 1     every product must also survive toJson().dump(), as the store writes it
#include <cstdint>
#include <map>
#include <string>

#include "core/catalog/json_mapping.h"
#include "fuzz/support/input_parts.h"

using namespace copydesk;

namespace {

class MemorySink final : public ProductSink {
 public:
  explicit MemorySink(bool dump) : m_dump(dump) {}
  Status put(Product&& product, std::int64_t) override {
    if (m_dump) (void)toJson(product).dump();
    m_products[product.sku] = std::move(product);
    return {};
  }
  Result<std::optional<Product>> existing(const std::string& sku) override {
    const auto found = m_products.find(sku);
    if (found == m_products.end()) return std::optional<Product>();
    return std::optional<Product>(found->second);
  }

 private:
  bool m_dump;
  std::map<std::string, Product> m_products;
};

ColumnMapping explicitMapping() {
  ColumnMapping mapping;
  mapping.column(ProductField::Sku) = "id";
  mapping.column(ProductField::Title) = "name";
  mapping.column(ProductField::Tags) = "labels";
  mapping.column(ProductField::Category) = "categories";
  mapping.ignored = {"internal"};
  return mapping;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fuzz::asText(data, size);
  const std::uint8_t bits = fuzz::takeOptions(text);
  MemorySink sink(bits & 2);
  std::optional<ColumnMapping> mapping;
  if (bits & 1) mapping = explicitMapping();
  JsonMapping reader(sink, "catalog.json", mapping);
  (void)JsonMapping::forEachObject(text, "catalog.json", [&](const Json& object, std::int64_t line) {
    (void)jsonText(object);
    return reader.add(object, line);
  });
  return 0;
}
