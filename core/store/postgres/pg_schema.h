#pragma once

#include <span>

#include "core/store/schema.h"

namespace copydesk::pg {

// The team store's schema: the same tables, columns and version numbers as the SQLite one
// (core/store/schema.cpp), in PostgreSQL's dialect. Text search is pg_trgm over the tables
// themselves, so the FTS tables do not exist; the "pending" tables do, and stay empty.
std::span<const Migration> migrations();

}  // namespace copydesk::pg
