#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/export/csv_writer.h"
#include "core/store/database.h"

namespace copydesk {

enum class ExportFormat { Shopify, ShopifyLegacy, WooCommerce, Amazon, Generic, ShopifyTranslations };
std::string_view toString(ExportFormat format);  // shopify, shopify-legacy, woocommerce, amazon, generic, shopify-translations
std::optional<ExportFormat> exportFormatFromString(std::string_view name);

// Length limits the preview checks. Marketplace rules change and differ by category, so each is
// a default the user can change (settings table keys in brackets), never a buried constant.
struct ExportLimits {
  std::size_t amazonTitleChars = 200;         // [export.amazon_title_max]
  std::size_t amazonBulletChars = 500;        // [export.amazon_bullet_max]
  std::size_t amazonBullets = 5;              // [export.amazon_bullets] (sellers 5, vendors 10)
  std::size_t amazonDescriptionChars = 2000;  // [export.amazon_description_max]
  std::size_t amazonSearchTermsBytes = 249;   // [export.amazon_search_terms_max_bytes]: "fewer than 250 bytes"
  std::size_t seoTitleChars = 70;             // [export.seo_title_max]
  std::size_t seoDescriptionChars = 320;      // [export.seo_description_max]

  // The defaults, overridden by whatever the settings table holds.
  static ExportLimits fromSettings(Database& db);
};

struct ExportOptions {
  ExportFormat format = ExportFormat::Generic;
  // Shopify and WooCommerce: only the key, the title (never blank) and the copy columns that have
  // approved text, so the shop leaves every absent column as it is.
  bool copyOnly = false;
  std::filesystem::path out;
  CsvMode mode = CsvMode::Upload;
  bool bom = false;
  std::string columns;  // generic layout: "sku,title:Name,description:Body" (see GenericLayout)
  std::string locale;   // shopify-translations, woocommerce: the language whose approved translations go out (issue 14)
  // woocommerce --locale: the catalog's own language, WPML's source language ("" → the settings key
  // export.source_language, else "en"; see sourceLanguageSetting).
  std::string sourceLanguage;
  ExportLimits limits;
  std::string author;   // empty: reviewerName()

  std::string layoutName() const;  // "shopify", "shopify (copy only)"…
};

// The catalog's own language as the settings table names it (export.source_language), else "en".
std::string sourceLanguageSetting(Database& db);

}  // namespace copydesk
