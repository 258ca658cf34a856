#pragma once

#include <filesystem>

namespace copydesk::ui {

// copydesk --list-unsaved: prints, one a line and tab-separated, the unsaved texts the next start
// would offer back (kind, SKU or template, field or version, when, the start of the text), or
// "no unsaved copy"; returns the exit code (1 when the database cannot be read, with the reason).
int printUnsavedCopyLeft(const std::filesystem::path& database);

}  // namespace copydesk::ui
