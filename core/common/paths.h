#pragma once

#include <filesystem>
#include <string>

namespace copydesk {

// The database the studio and the CLI open when nothing else is said:
// $COPYDESK_DB, else $XDG_DATA_HOME/copydesk/copydesk.db, else ~/.local/share/copydesk/copydesk.db.
std::filesystem::path defaultDatabasePath();

// The folder holding the sample catalog, default templates and syntax definitions:
// $COPYDESK_RESOURCES, else the source tree's resources/ (developer builds), else the installed share/copydesk.
std::filesystem::path resourcesDir();

// The reviewer / author name when none is configured: $COPYDESK_USER, else the OS user.
std::string currentUserName();

// Current time as ISO 8601 UTC with milliseconds, the format every table stores.
std::string nowIso8601();

}  // namespace copydesk
