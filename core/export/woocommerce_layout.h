#pragma once

#include "core/export/layout.h"

namespace copydesk {

// WooCommerce's built-in product CSV importer (update matches on ID and/or SKU).
// Full layout: the 51 columns of WooCommerce's sample file; copy columns from approved text, the
// rest from the product's source columns by header name. One row per product (variations keep
// their own rows in the shop: copy belongs to the parent).
// Copy-only layout: ID, SKU, Name, and only those of Short description / Description that have
// approved text somewhere; a product without approved text for a present column gets its
// current value, so nothing is blanked.
// Name: the approved title (else the catalog title). Description: the approved description as
// sanitised HTML. Short description: the approved short_description, else the approved bullets
// as <ul><li>.
// With a locale (issue 14): WPML's multilingual import on top of the full layout, one row per product
// with an approved translation into the locale: the translated Name / Description / Short description
// (else the catalog's own value), the other columns as above, ID left empty (the row becomes a new
// product, the translation, rather than overwriting the original) and three WPML meta columns.
class WooCommerceLayout final : public Layout {
 public:
  explicit WooCommerceLayout(const ExportOptions& options)
      : m_copyOnly(options.copyOnly), m_locale(options.locale), m_sourceLanguage(options.sourceLanguage) {}

  static const std::vector<std::string>& fullHeader();

  bool needsFullProduct() const override { return !m_copyOnly; }
  Status prepare(const std::vector<std::string>& approvedFields, ExportWarnings& warnings) override;
  const std::vector<std::string>& header() const override { return m_header; }
  void appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows, ExportWarnings& warnings) const override;
  // A locale's export leaves out the (many) products without a translation into it, unwarned.
  bool warnsUnplacedCopy() const override { return m_locale.empty(); }

 private:
  int index(const std::string& column) const;
  void fillCatalogColumns(const ExportProduct& product, LayoutRow& row) const;
  void appendTranslationRow(const ExportProduct& product, std::vector<LayoutRow>& rows, ExportWarnings& warnings) const;

  bool m_copyOnly;
  std::string m_locale;          // woocommerce --locale: translations into it, for WPML
  std::string m_sourceLanguage;  // the catalog's own language (WPML's source language)
  std::vector<std::string> m_header;
};

}  // namespace copydesk
