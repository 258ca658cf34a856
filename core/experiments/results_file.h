#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"

namespace copydesk {

// One row of a results file: which variant, and what the shop counted for it.
struct ResultsRow {
  std::int64_t line = 0;                 // where it starts in the file, for messages
  std::optional<std::int64_t> draftId;   // the draft_id column, when the file has one and the cell is filled
  std::string sku;                       // sku and variant (the label the export wrote, e.g. E3-B)
  std::string variant;
  std::int64_t impressions = 0;
  std::int64_t clicks = 0;
  std::int64_t conversions = 0;
  std::optional<double> revenue;
};

// A results file read and checked row by row: the good rows, and every bad one as an error
// placed at FILE:LINE.
struct ResultsFile {
  std::vector<ResultsRow> rows;
  std::vector<Error> rowErrors;
};

// Reads a CSV (UTF-8; ',', ';' or TAB) whose header names draft_id, or sku and variant (or
// variant_id), then impressions, clicks, conversions and optionally revenue, in any order and
// case; other columns are ignored. Counts are whole numbers of 0 or more, clicks and conversions
// at most the impressions; revenue is a decimal number. A file that cannot be read, or whose header
// lacks a column, is an Error (FILE or FILE:1); bad rows are collected, not fatal, so every one can
// be named at once. `label` names the file in messages (default: the path as given).
Result<ResultsFile> readResultsFile(const std::filesystem::path& path, std::string label = {});

}  // namespace copydesk
