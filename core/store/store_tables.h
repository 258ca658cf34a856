#pragma once

#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

// What a column holds, as both engines can read and write it without loss.
enum class ColumnKind { Integer, Real, Text };

struct StoreColumn {
  std::string name;
  ColumnKind kind = ColumnKind::Text;
  int primaryKeyPosition = 0;  // 1, 2 … within the primary key; 0: not part of it
};

// A table of the store's own data, read from the database's catalog (SQLite's sqlite_master and
// pragmas, PostgreSQL's pg_catalog), so a schema change needs no list to be kept in step here.
struct StoreTable {
  std::string name;
  std::vector<StoreColumn> columns;     // in the table's column order
  std::vector<std::string> references;  // the tables its foreign keys name (itself left out)

  const StoreColumn* column(const std::string& columnName) const;
  // The single integer primary key column, or null (no key, a key of several columns, a text key).
  const StoreColumn* integerKey() const;
};

// The tables holding the store's data, by name. Left out: what each engine keeps for itself or
// derives from the data (the schema version, SQLite's FTS5 tables and their shadow tables, the
// search index's pending lists) and a team store's own setup (team_settings, written by team init).
Result<std::vector<StoreTable>> storeTables(Database& db);

// The same tables ordered so that each comes after every table its foreign keys name; an error
// if the foreign keys go round in a circle.
Result<std::vector<StoreTable>> inForeignKeyOrder(std::vector<StoreTable> tables);

// "name" with any '"' doubled: a table or column name from the catalog, safe in SQL text.
std::string quotedName(const std::string& name);

}  // namespace copydesk
