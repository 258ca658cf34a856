#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

struct CopiedTable {
  std::string name;
  std::int64_t rows = 0;
};

struct StoreCopySummary {
  std::vector<CopiedTable> tables;  // in the order they were copied: referenced tables first
  std::int64_t rows() const;
};

// After each batch of rows written: the table and how many of its rows are copied so far.
using CopyProgress = std::function<void(const std::string& table, std::int64_t rowsCopied)>;

// Copies a whole store into an empty one, SQLite to PostgreSQL or back (or like to like): every
// table of the store's data (core/store/store_tables.h), every column both schemas have, ids,
// authors, reviewers and timestamps as they are, so that an export from either gives the same file.
//
// - Both stores are brought to the latest schema first (a no-op when Database::open did it).
// - The source is read in one snapshot (a read transaction), so a studio writing meanwhile does
//   not tear the copy; the destination is written in ONE transaction: all of it or nothing.
// - A destination with rows in any of those tables is refused with `store.copy-destination-not-empty`
//   naming the first such table, and nothing is written.
// - A team store's BEFORE INSERT row triggers (team init's stamping of current_user into authors,
//   actors and reviewers) are switched off inside that transaction and on again before it commits:
//   the copy keeps who did what, and no other connection ever sees them off. ALTER TABLE needs the
//   tables' owner, so copy into a team store as its owner (the role that created it), before or
//   after `team init`.
// - Afterwards a SQLite destination's full-text indexes are rebuilt from the copied rows (nothing
//   left pending), and a PostgreSQL destination's identity sequences are set past the copied ids,
//   so the next insert gets a fresh id. PostgreSQL keeps its trigram indexes itself.
Result<StoreCopySummary> copyStore(Database& source, Database& destination, const CopyProgress& progress = {});

}  // namespace copydesk
