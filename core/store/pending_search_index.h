#pragma once

#include <cstdint>
#include <string>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// Which rows wait for which full-text index: `pendingTable` lists ids of `sourceTable` not yet in
// `ftsTable`; `sourceColumns` are copied into `ftsColumns` (rowid first) when they are indexed.
struct PendingIndexTables {
  std::string pendingTable;
  std::string ftsTable;
  std::string ftsColumns;     // "rowid, text"
  std::string sourceTable;
  std::string sourceColumns;  // "s.id, s.text" (the source is aliased s)
  std::string rowsName;       // "products", for messages
  // On PostgreSQL the trigram index is partial: rows of sourceTable with this flag false are the
  // pending ones (schema v10). Empty: PostgreSQL keeps that index current itself, nothing pends.
  std::string postgresReadyColumn;
  // On PostgreSQL, a function making the indexes a first import left for the indexing (schema v18),
  // called before pending rows are indexed; empty: none.
  std::string postgresDeferredIndexes;
};

// A full-text index that may lag bulk writes: the writers list new ids in a pending table and
// leave indexing to this class, so that writing costs what writing the rows costs. Searches read
// pending rows with LIKE until they are indexed, so results are complete at every moment.
class PendingSearchIndex {
 public:
  PendingSearchIndex(Database& db, PendingIndexTables tables) : m_db(db), m_tables(std::move(tables)) {}

  // Rows written but not yet in the full-text index.
  Result<std::int64_t> pending();
  // Indexes up to maxRows pending rows (lowest ids first) in one transaction (a savepoint inside
  // the caller's) and returns how many; 0 once nothing is pending. Small batches keep the write
  // lock short for other connections; a background job can stop between calls.
  Result<std::int64_t> indexPending(std::int64_t maxRows = 20000);
  // Indexes everything pending.
  Status indexAll();

 private:
  Result<std::int64_t> indexPendingOnPostgres(std::int64_t maxRows);

  Database& m_db;
  PendingIndexTables m_tables;
};

}  // namespace copydesk
