#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/common/result.h"
#include "core/store/product.h"

namespace copydesk {

// Where mapped products go: the store during an import, a list during a preview.
class ProductSink {
 public:
  virtual ~ProductSink() = default;
  // `line` is where the product's first row starts, for messages.
  virtual Status put(Product&& product, std::int64_t line) = 0;
  // A product written earlier (in this run or a previous import), for rows that add to it later.
  virtual Result<std::optional<Product>> existing(const std::string& sku) = 0;
};

}  // namespace copydesk
