#pragma once

#include <string>
#include <string_view>

namespace copydesk::pg {

// The store writes its SQL with SQLite's parameters (`?` numbered left to right, `?NNN` by number);
// PostgreSQL wants `$NNN`. Rewrites them outside string literals, quoted identifiers and comments.
// paramCount receives the highest parameter number used.
std::string toPostgresPlaceholders(std::string_view sql, int* paramCount = nullptr);

// The store's SQL as PostgreSQL runs it. The stores read SQLite's last_insert_rowid after an
// INSERT; on PostgreSQL an INSERT into a table with an identity id, without its own RETURNING,
// gets `RETURNING id` so the id arrives with the insert instead of through a second query.
struct AdaptedSql {
  std::string text;
  int paramCount = 0;
  bool returnsInsertId = false;  // the rows are the inserted ids, not rows for the caller
};
AdaptedSql adaptForPostgres(std::string_view sql);

}  // namespace copydesk::pg
