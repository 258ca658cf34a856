#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/import_options.h"

namespace copydesk {

// Tells the catalog layouts apart from the start of the text and the CSV header.
class FormatDetector final {
 public:
  // JSON when the first non-blank character opens an array or object; CSV (format still Auto) otherwise.
  static bool looksLikeJson(std::string_view textStart);

  // Shopify (legacy "Handle … Variant SKU" or current "Title, URL handle …"), WooCommerce (ID, Type,
  // SKU, Name … Parent), else generic.
  static CatalogFormat detectCsv(const std::vector<std::string>& header);

  static bool isShopifyLegacy(const std::vector<std::string>& header);
  static bool isShopifyCurrent(const std::vector<std::string>& header);
  static bool isWooCommerce(const std::vector<std::string>& header);
};

// Position of the column whose name equals `name` ignoring ASCII case; -1 if absent.
int findColumn(const std::vector<std::string>& header, std::string_view name);

}  // namespace copydesk
