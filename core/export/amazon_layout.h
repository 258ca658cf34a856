#pragma once

#include "core/export/layout.h"

namespace copydesk {

// An Amazon-style flat file of plain-text columns:
//   item_sku, item_name, bullet_point1..5, product_description, generic_keywords
// item_name: the approved title (else the catalog title: never blank), markup removed, one line.
// bullet_point1..N: the approved `bullets` field split one bullet per line (markers dropped).
// product_description: the approved description as text; its line breaks become <br>, the only
//   markup Amazon accepts. generic_keywords: the approved `search_terms` (or `keywords`) field.
// The preview warns when a title, bullet or description is over its character limit, when search
// terms reach 250 UTF-8 bytes, and when there are more bullets than columns (limits: ExportLimits).
class AmazonLayout final : public Layout {
 public:
  explicit AmazonLayout(const ExportOptions& options);

  Status prepare(const std::vector<std::string>& approvedFields, ExportWarnings& warnings) override;
  const std::vector<std::string>& header() const override { return m_header; }
  void appendRows(const ExportProduct& product, std::vector<LayoutRow>& rows, ExportWarnings& warnings) const override;

 private:
  ExportLimits m_limits;
  std::vector<std::string> m_header;
};

}  // namespace copydesk
