#pragma once

#include <cstdint>
#include <string>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/search_index_step.h"

namespace copydesk::cli {

struct IndexedRows {
  std::int64_t products = 0;
  std::int64_t drafts = 0;
};

// Puts every waiting product and draft into the search index, step by step (indexSearchStep: one
// short transaction each, the studio's steps too) so that a studio on the same file is never
// locked out for long. Shows a percentage on stderr while it runs, only when stderr is a terminal.
Result<IndexedRows> buildSearchIndex(Database& db);

// "indexed 100000 products and 0 drafts for search"
std::string describeIndexed(const IndexedRows& rows);

// The command a user runs to build the index of this database ("copydesk-cli --db x.db index").
std::string indexCommandFor(const std::string& databasePath);

}  // namespace copydesk::cli
