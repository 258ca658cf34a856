#pragma once

#include <optional>

#include "core/catalog/row_mapping.h"

namespace copydesk {

// One row, one product: columns are matched to fields by name (or by an explicit mapping) and every
// other non-empty column becomes an attribute under its header name.
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
};

}  // namespace copydesk
