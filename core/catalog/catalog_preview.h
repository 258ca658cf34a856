#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/column_mapping.h"
#include "core/catalog/import_options.h"
#include "core/common/result.h"
#include "core/store/product.h"

namespace copydesk {

// What the import dialog shows before anything is written.
struct CatalogPreview {
  CatalogFormat format = CatalogFormat::Auto;
  char delimiter = 0;                              // CSV only
  std::vector<std::string> header;                 // CSV header, or the keys of the first JSON objects
  ColumnMapping mapping;                           // which source column feeds sku/title/…
  std::vector<std::vector<std::string>> rows;      // the first rows, cells as text, aligned to header
  std::vector<std::int64_t> lines;                 // the line of the file each of those rows starts on
  std::vector<Product> products;                   // those rows mapped (a product may be cut short)
  std::string problem;                             // why the file would not import as it is, if known
  std::optional<Error> problemError;               // the same as an Error, for the studio to word
  std::int64_t problemLine = 0;                    // the line the problem is on (0: none named)
};

// Reads the start of the file only. Fails for files that cannot be read at all (missing, not
// text, not UTF-8/GB18030); a mapping problem such as a missing key column is reported in
// `problem` so the user can fix the mapping in the dialog.
Result<CatalogPreview> previewCatalog(const std::filesystem::path& path, const ImportOptions& options = {},
                                      size_t rows = 20);

}  // namespace copydesk
