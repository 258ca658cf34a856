#pragma once

#include <string>
#include <string_view>

#include "core/catalog/csv_reader.h"

namespace copydesk {

// For the CSV files whose columns are found by their header's names (customer questions, A/B test
// results): names and cells are read trimmed of white space, and names match in any case.

// A header cell as a name to match: trimmed, ASCII lower case ("  SKU " → "sku").
std::string csvColumnName(std::string_view header);

// The trimmed text of a record's field, or "" when the column is absent (-1) or the row is short.
std::string csvCell(const CsvRecord& record, int column);

}  // namespace copydesk
