#include "core/catalog/format_detector.h"

#include <initializer_list>

namespace copydesk {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool hasAll(const std::vector<std::string>& header, std::initializer_list<std::string_view> names) {
  for (std::string_view name : names) {
    if (findColumn(header, name) < 0) return false;
  }
  return true;
}

}  // namespace

int findColumn(const std::vector<std::string>& header, std::string_view name) {
  for (size_t i = 0; i < header.size(); ++i) {
    if (equalsIgnoreCase(header[i], name)) return static_cast<int>(i);
  }
  return -1;
}

bool FormatDetector::looksLikeJson(std::string_view text) {
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c == '[' || c == '{';
  }
  return false;
}

bool FormatDetector::isShopifyLegacy(const std::vector<std::string>& header) {
  return hasAll(header, {"Handle", "Title"}) &&
         (findColumn(header, "Variant SKU") >= 0 || findColumn(header, "Body (HTML)") >= 0 ||
          findColumn(header, "Option1 Value") >= 0);
}

bool FormatDetector::isShopifyCurrent(const std::vector<std::string>& header) {
  return hasAll(header, {"Title", "URL handle"});
}

bool FormatDetector::isWooCommerce(const std::vector<std::string>& header) {
  return hasAll(header, {"ID", "Type", "SKU", "Name"}) &&
         (findColumn(header, "Parent") >= 0 || findColumn(header, "Regular price") >= 0);
}

CatalogFormat FormatDetector::detectCsv(const std::vector<std::string>& header) {
  if (isShopifyLegacy(header) || isShopifyCurrent(header)) return CatalogFormat::Shopify;
  if (isWooCommerce(header)) return CatalogFormat::WooCommerce;
  return CatalogFormat::Generic;
}

}  // namespace copydesk
