#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/export/export_warning.h"
#include "core/export/layout.h"

namespace copydesk {

// What an export will write (preview) or wrote (run): the header, the first rows, every warning
// and the counts. A preview walks every product, so its warnings and counts are complete.
struct ExportPreview {
  std::string layout;
  std::string mode;  // upload | spreadsheet-safe
  std::vector<std::string> header;
  std::vector<LayoutRow> firstRows;
  std::vector<ExportWarning> warnings;
  std::int64_t rows = 0;      // data rows, header not counted
  std::int64_t fields = 0;    // approved texts that went into the file
  std::int64_t products = 0;
  std::int64_t exportId = 0;  // set by Exporter::run
  std::filesystem::path path;

  // "exported 18 rows (23 fields) to FILE as shopify (upload)"
  std::string summary() const;
};

}  // namespace copydesk
