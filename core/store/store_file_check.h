#pragma once

#include <filesystem>
#include <string>

#include "core/common/result.h"
#include "core/common/error_id.h"

struct sqlite3;

namespace copydesk {

// Problems with the database file itself, found before SQLite is given it, so that the user reads
// what is wrong with which file ("the file is truncated: 40960 bytes of 81920") instead of a vague
// failure later, and so that a damaged file is refused before anything writes to it.
//  - a folder, an unreadable file, a file that is not SQLite (or whose header is damaged);
//  - a file shorter than its header says (a copy cut short, a disk that filled up while copying);
//  - a read-only file, or a read-only folder where SQLite cannot create its -wal and -shm files.
// A missing or empty file is fine: it becomes a new store.
Status checkStoreFile(const std::filesystem::path& path);

// After opening: SQLite quietly falls back to read-only (a read-only file system, say).
Status checkStoreOpenedWritable(sqlite3* db, const std::filesystem::path& path);

// A failed SQLite call as an Error that tells the user the cause and that nothing was changed:
// damaged (SQLITE_CORRUPT, SQLITE_NOTADB), full disk or file size limit (SQLITE_FULL, or an I/O error
// whose errno is ENOSPC, EDQUOT or EFBIG), read-only, locked by another program; otherwise SQLite's
// own message. `doing` names the step ("saving a draft"), `where` the database file.
Error storeFailure(int extendedCode, int systemErrno, const std::string& sqliteMessage, std::string doing,
                   std::string where);

}  // namespace copydesk
