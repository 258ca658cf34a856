#pragma once

#include "core/export/layout.h"

namespace copydesk {

// Shopify's product CSV, in either header generation (domain.md):
//   current (format shopify):        Title, URL handle, Description, …, SEO title, SEO description, …
//   legacy (format shopify-legacy):  Handle, Title, Body (HTML), …, SEO Title, SEO Description, …
// Full layout: every column of the template; copy columns from approved text, the rest from the
// product's source columns (by header name) and its variants (one more row per variant).
// Copy-only layout (options.copyOnly): the handle, Title, and only those copy columns that have
// approved text somewhere; absent columns are left alone by Shopify. A present column is never
// blank: a product without approved text for it gets its current value (Title: the catalog title).
// Description/Body: the approved description as sanitised HTML, followed by the approved bullets
// as <ul><li>.
class ShopifyLayout final : public Layout {
 public:
  explicit ShopifyLayout(const ExportOptions& options);

  static const std::vector<std::string>& currentHeader();
  static const std::vector<std::string>& legacyHeader();

  bool needsFullProduct() const override { return !m_copyOnly; }
  Status prepare(const std::vector<std::string>& approvedFields, ExportWarnings& warnings) override;
  const std::vector<std::string>& header() const override { return m_header; }
  void appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows, ExportWarnings& warnings) const override;

 public:
  struct Names;  // the column names of one header generation

 private:
  int index(const std::string& column) const;
  void fillSourceColumns(const ExportProduct& product, LayoutRow& row) const;
  void appendVariantRows(const ExportProduct& product, std::vector<LayoutRow>& rows) const;

  bool m_legacy;
  bool m_copyOnly;
  ExportLimits m_limits;
  const Names* m_names;
  std::vector<std::string> m_header;
};

}  // namespace copydesk
