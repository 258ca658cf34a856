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
class WooCommerceLayout final : public Layout {
 public:
  explicit WooCommerceLayout(const ExportOptions& options) : m_copyOnly(options.copyOnly) {}

  static const std::vector<std::string>& fullHeader();

  bool needsFullProduct() const override { return !m_copyOnly; }
  Status prepare(const std::vector<std::string>& approvedFields, ExportWarnings& warnings) override;
  const std::vector<std::string>& header() const override { return m_header; }
  void appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows, ExportWarnings& warnings) const override;

 private:
  int index(const std::string& column) const;

  bool m_copyOnly;
  std::vector<std::string> m_header;
};

}  // namespace copydesk
