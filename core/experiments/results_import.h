#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

struct ResultsImport {
  std::int64_t rows = 0;         // rows read
  std::int64_t variants = 0;     // variants whose results were replaced
  std::int64_t experiments = 0;  // experiments those variants belong to
  // Every bad row as FILE:LINE: cause. When there is one, nothing was written.
  std::vector<Error> rowErrors;

  bool ok() const { return rowErrors.empty(); }
};

// Imports performance results (readResultsFile) in one transaction: all rows or none. A row names
// its variant by draft_id, or by sku and variant label; both given must agree. Rows of one variant
// within a file add up (a report by day); the file then replaces what was stored for each variant
// it names, so importing a newer cumulative report again does not count anything twice. A row whose
// variant is not in an experiment, or whose SKU is not the variant's product, is a bad row. The
// import is recorded in the audit trail.
// Returns an Error when the file cannot be read at all or the store fails.
Result<ResultsImport> importExperimentResults(Database& db, const std::filesystem::path& path, std::string label = {});

// "imported results for 4 variants of 2 experiments (5 rows) from FILE"
std::string describeResultsImport(const ResultsImport& import, const std::string& fileName);

}  // namespace copydesk
