#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/catalog/import_options.h"
#include "core/common/result.h"
#include "core/trends/trend_layout.h"
#include "core/trends/trend_point.h"

namespace copydesk {

struct TrendFile {
  TrendFormat format = TrendFormat::Generic;
  // One point per keyword, SKU and day (rows of the same three are added up: a report broken down
  // by device or country), by keyword, SKU and day.
  std::vector<TrendPoint> points;
  std::int64_t rows = 0;  // data rows read
};

// Reads a trend file (trend_layout.h lists what is recognised). The first bad row stops it with
// "FILE:LINE: cause", where FILE is `label` (the path when empty). Wide tables' empty cells are no
// data (Google Trends leaves a term empty before it has any); long tables' are errors.
Result<TrendFile> readTrendFile(const std::filesystem::path& path, TextEncoding encoding = TextEncoding::Utf8,
                                std::string label = {});

}  // namespace copydesk
