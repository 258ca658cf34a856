#pragma once

#include <string>
#include <vector>

#include "core/export/layout.h"

namespace copydesk {

// Shopify Translate & Adapt's CSV import layout for one locale (issue 14): one row per translated
// product field, `Type,Identification,Field,Locale,Market,Status,Default content,Translated content`.
// Type is PRODUCT; Identification the product's Shopify id (an "ID" source column) or else its handle
// ("Handle"/"URL handle", else the SKU, which the Shopify import makes the handle); Field maps our
// fields to Shopify's (title → title, description → body_html, seo_title → meta_title,
// seo_description → meta_description); Default content is the source draft's text, Translated
// content the approved translation (HTML sanitised for body_html, one plain line elsewhere). Market
// stays empty (the translation applies to every market of the locale), Status too.
class ShopifyTranslationsLayout final : public Layout {
 public:
  explicit ShopifyTranslationsLayout(std::string locale) : m_locale(std::move(locale)) {}

  Status prepare(const std::vector<std::string>& approvedFields, ExportWarnings& warnings) override;
  const std::vector<std::string>& header() const override { return m_header; }
  void appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows, ExportWarnings& warnings) const override;
  bool warnsUnplacedCopy() const override { return false; }

  // Shopify's field name for one of ours, or "" when Translate & Adapt has no place for it.
  static std::string shopifyField(const std::string& field);

 private:
  std::string m_locale;
  std::vector<std::string> m_header;
};

}  // namespace copydesk
