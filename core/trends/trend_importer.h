#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "core/catalog/import_options.h"
#include "core/common/result.h"
#include "core/store/database.h"
#include "core/trends/trend_layout.h"
#include "core/trends/trend_point.h"

namespace copydesk {

struct TrendImportSummary {
  TrendFormat format = TrendFormat::Generic;
  std::int64_t rows = 0;      // data rows read
  std::int64_t points = 0;    // keyword × SKU × day values written
  std::int64_t keywords = 0;  // distinct keywords among them
  TrendDay first = 0;
  TrendDay last = 0;
};

// Reads a trend file (trend_file_reader.h) and writes its points to the store in one transaction:
// a bad row ("FILE:LINE: cause") leaves the store as it was.
Result<TrendImportSummary> importTrends(Database& db, const std::filesystem::path& path,
                                        TextEncoding encoding = TextEncoding::Utf8, std::string label = {});

// "imported 36 points of 3 keywords (2024-01-07 to 2024-03-24) from FILE as google-trends"
std::string describeTrendImport(const TrendImportSummary& summary, const std::string& fileName);

}  // namespace copydesk
