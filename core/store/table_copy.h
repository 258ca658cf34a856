#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/store/database.h"
#include "core/store/store_tables.h"

namespace copydesk {

// One table of a store copy (core/store/store_copy.h): the columns both stores have, with the
// source's kinds and in its order.
struct TableCopy {
  std::string name;
  std::vector<StoreColumn> columns;
  std::vector<std::string> primaryKey;      // the source's, in key order (rows are read in its order)
  std::optional<std::size_t> pagingColumn;  // a single integer key in `columns`: the source is read in pages by it
};

// Copies every row of the table from source to destination, values and ids as they are, in
// multi-row INSERTs of one prepared statement reused, and returns how many. Run inside the caller's
// transactions; reports the rows read so far after each page.
Result<std::int64_t> copyTableRows(Database& source, Database& destination, const TableCopy& table,
                                   const std::function<void(std::int64_t)>& progress = {});

}  // namespace copydesk
