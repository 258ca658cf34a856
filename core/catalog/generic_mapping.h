#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/catalog/attribute_json.h"

#include "core/catalog/row_mapping.h"

namespace copydesk {

// One row, one product: columns are matched to fields by name (or by an explicit mapping) and every
// other non-empty column becomes an attribute under its header name. Rows reach the sink as texts
// (ProductSink::putRow): the tags and attributes JSON are written into buffers kept across rows.
class GenericMapping final : public RowMapping {
 public:
  GenericMapping(ProductSink& sink, std::string label, std::vector<std::string> header,
                 std::optional<ColumnMapping> explicitMapping);

  Status start() override;
  Status addRow(const CsvRecord& record) override;
  Status finish() override { return {}; }
  ColumnMapping mapping() const override { return m_mapping; }

 private:
  ColumnMapping m_mapping;
  ColumnIndexes m_indexes;
  std::vector<bool> m_mapped;  // per column: feeds a field, so not an attribute
  std::unique_ptr<AttributeJson> m_attributes;
  std::string m_tags;
  std::vector<std::pair<int, LinkKind>> m_linkColumns;  // upsells, cross_sells, grouped (issue 14)
  std::vector<ProductLink> m_links;                     // the current row's
};

}  // namespace copydesk
