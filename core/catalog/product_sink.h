#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/common/result.h"
#include "core/store/product.h"
#include "core/store/product_store.h"

namespace copydesk {

// Where mapped products go: the store during an import, a list during a preview.
class ProductSink {
 public:
  virtual ~ProductSink() = default;
  // `line` is where the product's first row starts, for messages.
  virtual Status put(Product&& product, std::int64_t line) = 0;
  // A product without variants given as its row texts (the generic layout's fast path). By default it
  // becomes a Product and goes through put(); the store writes the texts as they are.
  virtual Status putRow(const ProductRow& row, std::int64_t line);
  // A product written earlier (in this run or a previous import), for rows that add to it later.
  virtual Result<std::optional<Product>> existing(const std::string& sku) = 0;
};

}  // namespace copydesk
