#include "core/export/layout.h"

#include "core/export/amazon_layout.h"
#include "core/export/generic_layout.h"
#include "core/export/html_sanitizer.h"
#include "core/export/html_to_text.h"
#include "core/export/shopify_layout.h"
#include "core/export/shopify_translations_layout.h"
#include "core/export/woocommerce_layout.h"
#include "core/export/wpml_language.h"
#include "core/common/error_id.h"

namespace copydesk {

Result<std::unique_ptr<Layout>> makeLayout(const ExportOptions& options) {
  switch (options.format) {
    case ExportFormat::Shopify:
    case ExportFormat::ShopifyLegacy:
      return std::unique_ptr<Layout>(std::make_unique<ShopifyLayout>(options));
    case ExportFormat::WooCommerce:
      if (!options.locale.empty()) {
        if (options.copyOnly) {
          return makeError(ErrorCode::InvalidInput, "--copy-only does not go with --locale: a translation is a product of its own in WPML", "--locale");
        }
        if (!wpmlLanguageCode(options.locale)) {
          return makeError(ErrorCode::InvalidInput,
                           "unknown locale '" + options.locale + "' for WooCommerce (WPML); known: " + wpmlLocales(),
                           "--locale");
        }
      }
      return std::unique_ptr<Layout>(std::make_unique<WooCommerceLayout>(options));
    case ExportFormat::Amazon:
      return std::unique_ptr<Layout>(std::make_unique<AmazonLayout>(options));
    case ExportFormat::ShopifyTranslations:
      if (options.locale.empty()) return makeError(ErrorCode::InvalidInput, "choose the language with --locale", "--locale");
      return std::unique_ptr<Layout>(std::make_unique<ShopifyTranslationsLayout>(options.locale));
    case ExportFormat::Generic: {
      auto columns = GenericLayout::parseColumns(options.columns);
      if (!columns) return columns.error();
      return std::unique_ptr<Layout>(std::make_unique<GenericLayout>(std::move(*columns)));
    }
  }
  return makeError("export.unknown-format", ErrorCode::InvalidInput);
}

namespace cells {

std::string plainLine(const std::string& copy) { return HtmlToText::joinLines(HtmlToText::convert(copy), " "); }

std::string html(const std::string& copy) { return HtmlSanitizer::toHtml(copy); }

std::string joinTags(const std::vector<std::string>& tags) {
  std::string out;
  for (const auto& tag : tags) {
    if (!out.empty()) out += ", ";
    out += tag;
  }
  return out;
}

}  // namespace cells
}  // namespace copydesk
