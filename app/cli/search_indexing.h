#pragma once

#include <cstdint>
#include <string>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk::cli {

struct IndexedRows {
  std::int64_t products = 0;
  std::int64_t drafts = 0;
};

// Rows (products and drafts) written but not yet in the full-text search index.
Result<std::int64_t> rowsWaitingForSearchIndex(Database& db);

// Puts every waiting product and draft into the search index, a batch (one short transaction) at
// a time so that a studio on the same file is never locked out for long. Shows a percentage on
// stderr while it runs, only when stderr is a terminal.
Result<IndexedRows> buildSearchIndex(Database& db);

// "indexed 100000 products and 0 drafts for search"
std::string describeIndexed(const IndexedRows& rows);

// The command a user runs to build the index of this database ("copydesk-cli --db x.db index").
std::string indexCommandFor(const std::string& databasePath);

}  // namespace copydesk::cli
