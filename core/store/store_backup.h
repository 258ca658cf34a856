#pragma once

#include <cstdint>
#include <filesystem>

#include "core/common/result.h"
#include "core/store/database.h"

namespace copydesk {

struct BackupSummary {
  std::filesystem::path out;
  std::uintmax_t bytes = 0;
  std::int64_t products = 0;  // counted in the copy
  std::int64_t drafts = 0;
};

// Writes a consistent copy of the store to `out` while others keep writing to it: VACUUM INTO
// reads one snapshot (WAL readers never block writers, nor are blocked), into a temporary file beside
// `out` that is checked (quick_check), flushed to disk and only then renamed to `out`; a failure
// leaves no file behind and `out` as it was. An existing `out` is replaced only with `overwrite`.
// The copy is a normal store: open it with --db (or copy it over the old one) to restore.
Result<BackupSummary> backupStore(Database& db, const std::filesystem::path& out, bool overwrite);

}  // namespace copydesk
