#include "core/catalog/product_sink.h"

namespace copydesk {

Status ProductSink::putRow(const ProductRow& row, std::int64_t line) {
  Product product;
  product.sku = row.sku;
  product.title = row.title;
  product.description = row.description;
  product.brand = row.brand;
  product.category = row.category;
  for (const auto& tag : Json::parse(row.tagsJson)) product.tags.push_back(tag.get<std::string>());
  product.price = row.price;
  product.attributes = Json::parse(row.attributesJson);
  product.source = row.source;
  product.links.assign(row.links.begin(), row.links.end());
  return put(std::move(product), line);
}

}  // namespace copydesk
