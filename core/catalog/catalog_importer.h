#pragma once

#include <filesystem>

#include "core/catalog/import_options.h"
#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// Imports a catalog file into the store in one transaction: all of it or nothing. Products are
// matched by SKU/handle, so a re-import updates them in place (their drafts are never touched).
// Errors name the file and, where there is one, the line: "FILE:LINE: cause".
Result<ImportSummary> importCatalog(Database& db, const std::filesystem::path& path, const ImportOptions& options = {});

}  // namespace copydesk
