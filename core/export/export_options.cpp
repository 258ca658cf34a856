#include "core/export/export_options.h"

#include <array>
#include <charconv>
#include <utility>

namespace copydesk {
namespace {

constexpr std::array<std::pair<ExportFormat, std::string_view>, 6> kFormats = {{
    {ExportFormat::Shopify, "shopify"},
    {ExportFormat::ShopifyLegacy, "shopify-legacy"},
    {ExportFormat::WooCommerce, "woocommerce"},
    {ExportFormat::Amazon, "amazon"},
    {ExportFormat::Generic, "generic"},
    {ExportFormat::ShopifyTranslations, "shopify-translations"},
}};

void readSetting(Database& db, const char* key, std::size_t& value) {
  auto stmt = db.prepare("SELECT value FROM settings WHERE key = ?");
  if (!stmt) return;
  stmt->bind(1, key);
  if (!stmt->step()) return;
  const std::string text = stmt->text(0);
  std::size_t parsed = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (ec == std::errc() && end == text.data() + text.size() && parsed > 0) value = parsed;
}

}  // namespace

std::string_view toString(ExportFormat format) {
  for (auto& [f, name] : kFormats) {
    if (f == format) return name;
  }
  return "?";
}

std::optional<ExportFormat> exportFormatFromString(std::string_view name) {
  for (auto& [f, n] : kFormats) {
    if (n == name) return f;
  }
  return std::nullopt;
}

ExportLimits ExportLimits::fromSettings(Database& db) {
  ExportLimits limits;
  readSetting(db, "export.amazon_title_max", limits.amazonTitleChars);
  readSetting(db, "export.amazon_bullet_max", limits.amazonBulletChars);
  readSetting(db, "export.amazon_bullets", limits.amazonBullets);
  readSetting(db, "export.amazon_description_max", limits.amazonDescriptionChars);
  readSetting(db, "export.amazon_search_terms_max_bytes", limits.amazonSearchTermsBytes);
  readSetting(db, "export.seo_title_max", limits.seoTitleChars);
  readSetting(db, "export.seo_description_max", limits.seoDescriptionChars);
  return limits;
}

std::string ExportOptions::layoutName() const {
  std::string name(toString(format));
  if (copyOnly && format != ExportFormat::Amazon && format != ExportFormat::Generic) name += " (copy only)";
  if (format == ExportFormat::ShopifyTranslations || (format == ExportFormat::WooCommerce && !locale.empty())) {
    name += " " + locale;
  }
  return name;
}

std::string sourceLanguageSetting(Database& db) {
  auto stmt = db.prepare("SELECT value FROM settings WHERE key = 'export.source_language'");
  if (stmt && stmt->step() && !stmt->text(0).empty()) return stmt->text(0);
  return "en";
}

}  // namespace copydesk
