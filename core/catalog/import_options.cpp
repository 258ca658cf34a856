#include "core/catalog/import_options.h"

namespace copydesk {

std::string_view formatName(CatalogFormat format) {
  switch (format) {
    case CatalogFormat::Auto: return "auto";
    case CatalogFormat::Shopify: return "shopify";
    case CatalogFormat::WooCommerce: return "woocommerce";
    case CatalogFormat::Generic: return "generic";
    case CatalogFormat::Json: return "json";
  }
  return "auto";
}

std::optional<CatalogFormat> parseFormat(std::string_view name) {
  for (CatalogFormat f : {CatalogFormat::Auto, CatalogFormat::Shopify, CatalogFormat::WooCommerce,
                          CatalogFormat::Generic, CatalogFormat::Json}) {
    if (formatName(f) == name) return f;
  }
  if (name == "woo") return CatalogFormat::WooCommerce;
  return std::nullopt;
}

std::string_view encodingName(TextEncoding encoding) {
  return encoding == TextEncoding::Gb18030 ? "gb18030" : "utf-8";
}

std::optional<TextEncoding> parseEncoding(std::string_view name) {
  if (name == "utf-8" || name == "utf8" || name == "UTF-8") return TextEncoding::Utf8;
  if (name == "gb18030" || name == "GB18030" || name == "gbk" || name == "GBK") return TextEncoding::Gb18030;
  return std::nullopt;
}

std::string describeSummary(const ImportSummary& s, const std::string& fileName) {
  return "imported " + std::to_string(s.products) + " products (" + std::to_string(s.inserted) + " new, " +
         std::to_string(s.updated) + " updated, " + std::to_string(s.variants) + " variants) from " + fileName +
         " as " + std::string(formatName(s.format));
}

}  // namespace copydesk
