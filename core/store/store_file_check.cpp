#include "core/store/store_file_check.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace copydesk {
namespace {

constexpr std::size_t kHeaderSize = 100;

Error fileProblem(ErrorId id, const std::filesystem::path& path, std::vector<std::string> args = {}) {
  return makeError(id, ErrorCode::Database, std::move(args), path.string());
}

std::uint32_t bigEndian(const unsigned char* bytes, int count) {
  std::uint32_t value = 0;
  for (int i = 0; i < count; ++i) value = (value << 8) | bytes[i];
  return value;
}

// The header's own idea of the file's size (SQLite file format, 1.3): trusted only when the
// "version-valid-for" number matches the change counter, as SQLite itself does.
std::uintmax_t expectedSize(const std::array<unsigned char, kHeaderSize>& header) {
  std::uint32_t pageSize = bigEndian(&header[16], 2);
  if (pageSize == 1) pageSize = 65536;
  const std::uint32_t changeCounter = bigEndian(&header[24], 4);
  const std::uint32_t pages = bigEndian(&header[28], 4);
  const std::uint32_t validFor = bigEndian(&header[92], 4);
  if (pages == 0 || changeCounter != validFor) return 0;
  return static_cast<std::uintmax_t>(pages) * pageSize;
}

// Reads the first bytes through SQLite's own VFS, never open()/close(): closing any descriptor of a
// file drops every POSIX lock this process holds on it, the shared locks of the connections it has
// open on the store included ("How To Corrupt An SQLite Database File", 2.2). Another process
// closing its last connection then saw the store unused and deleted the WAL under this process's
// connections, whose writes from then on went to the deleted file and were lost to everyone else.
// SQLite's unix VFS keeps a descriptor open for as long as the file has locks in this process.
Result<std::size_t> readHeader(const std::filesystem::path& path, std::array<unsigned char, kHeaderSize>& header) {
  sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
  if (!vfs) return fileProblem("store.file.unreadable", path, {"no SQLite VFS"});
  const std::string journal = path.string() + "-journal";
  const std::string wal = path.string() + "-wal";
  // A main-database name as SQLite hands it to xOpen (with its journal and WAL names after it).
  sqlite3_filename name = sqlite3_create_filename(path.c_str(), journal.c_str(), wal.c_str(), 0, nullptr);
  auto* file = static_cast<sqlite3_file*>(sqlite3_malloc(vfs->szOsFile));
  if (!name || !file) {
    sqlite3_free_filename(name);
    sqlite3_free(file);
    return fileProblem("store.file.unreadable", path, {sqlite3_errstr(SQLITE_NOMEM)});
  }
  std::memset(file, 0, static_cast<std::size_t>(vfs->szOsFile));
  errno = 0;
  int outFlags = 0;
  const int opened = vfs->xOpen(vfs, name, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &outFlags);
  const int openErrno = errno;
  std::size_t got = 0;
  if (opened == SQLITE_OK) {
    // A short read fills the rest with zeros and says so.
    const int read = file->pMethods->xRead(file, header.data(), kHeaderSize, 0);
    got = read == SQLITE_OK ? kHeaderSize : 0;
  }
  if (file->pMethods) file->pMethods->xClose(file);
  sqlite3_free(file);
  sqlite3_free_filename(name);
  if (opened != SQLITE_OK) {
    return fileProblem("store.file.unreadable", path,
                       {openErrno != 0 ? std::strerror(openErrno) : sqlite3_errstr(opened)});
  }
  return got;
}

Status checkHeader(const std::filesystem::path& path, std::uintmax_t size) {
  std::array<unsigned char, kHeaderSize> header{};
  const auto got = readHeader(path, header);
  if (!got) return got.error();
  if (*got < kHeaderSize || std::memcmp(header.data(), "SQLite format 3", 16) != 0) {
    return fileProblem("store.file.not-sqlite", path);
  }
  const std::uintmax_t expected = expectedSize(header);
  if (expected > size) {
    return fileProblem("store.file.truncated", path, {std::to_string(size), std::to_string(expected)});
  }
  return {};
}

Status checkWritable(const std::filesystem::path& path) {
  if (::access(path.c_str(), W_OK) != 0 && errno != ENOENT) {
    return fileProblem("store.file.read-only", path);
  }
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  const bool hasWal = std::filesystem::exists(path.string() + "-wal", ec) && std::filesystem::exists(path.string() + "-shm", ec);
  if (!hasWal && ::access(dir.c_str(), W_OK | X_OK) != 0 && errno != ENOENT) {
    return fileProblem("store.file.folder-read-only", path);
  }
  return {};
}

}  // namespace

Status checkStoreFile(const std::filesystem::path& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return {};  // a new store
  if (std::filesystem::is_directory(status)) return fileProblem("store.file.is-folder", path);
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return fileProblem("store.file.unreadable", path, {ec.message()});
  if (size > 0) {
    if (auto st = checkHeader(path, size); !st) return st;
  }
  return checkWritable(path);
}

Status checkStoreOpenedWritable(sqlite3* db, const std::filesystem::path& path) {
  if (sqlite3_db_readonly(db, "main") == 1) {
    return fileProblem("store.file.opened-read-only", path);
  }
  return {};
}

namespace {

// SQLite does not always keep the errno of a failed write (a full WAL reports SQLITE_IOERR_WRITE with
// no errno): whether the disk is (nearly) full, or the database or its WAL reached the process's file
// size limit (ulimit -f), is then asked of the system itself.
bool outOfRoom(const std::string& database) {
  if (database.empty()) return false;
  constexpr std::uintmax_t kSlack = 128 * 1024;  // more than one WAL frame of 16 KiB pages
  rlimit limit{};
  if (getrlimit(RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
    for (const std::string& file : {database, database + "-wal"}) {
      std::error_code ec;
      const std::uintmax_t size = std::filesystem::file_size(file, ec);
      if (!ec && size + kSlack >= limit.rlim_cur) return true;
    }
  }
  const std::filesystem::path dir = std::filesystem::path(database).parent_path();
  struct statvfs disk {};
  if (statvfs(dir.empty() ? "." : dir.c_str(), &disk) == 0) {
    return static_cast<std::uintmax_t>(disk.f_bavail) * disk.f_frsize < kSlack;
  }
  return false;
}

bool writeFailure(int extendedCode) {
  return extendedCode == SQLITE_IOERR_WRITE || extendedCode == SQLITE_IOERR_FSYNC ||
         extendedCode == SQLITE_IOERR_TRUNCATE || extendedCode == SQLITE_IOERR_SHMSIZE;
}

}  // namespace

Error storeFailure(int extendedCode, int systemErrno, const std::string& sqliteMessage, std::string doing,
                   std::string where) {
  const int code = extendedCode & 0xff;
  const bool noSpace = systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG ||
                       (code == SQLITE_IOERR && writeFailure(extendedCode) && systemErrno == 0 && outOfRoom(where));
  const auto failure = [&](ErrorId id) {
    return makeError(id, ErrorCode::Database, {sqliteMessage, std::move(doing)}, std::move(where));
  };
  if (code == SQLITE_FULL || (code == SQLITE_IOERR && noSpace)) return failure("store.disk-full");
  if (code == SQLITE_CORRUPT) return failure("store.damaged");
  if (code == SQLITE_NOTADB) return failure("store.not-a-database");
  if (code == SQLITE_READONLY) return failure("store.read-only");
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) return failure("store.locked");
  if (code == SQLITE_IOERR) return failure("store.io");
  return failure("store.sqlite");
}

}  // namespace copydesk
