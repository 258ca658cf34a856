#include "core/store/store_file_check.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace copydesk {
namespace {

constexpr std::size_t kHeaderSize = 100;

Error fileProblem(const std::string& message, const std::filesystem::path& path) {
  return makeError(ErrorCode::Database, message, path.string());
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

Status checkHeader(const std::filesystem::path& path, std::uintmax_t size) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fileProblem(std::string("cannot read the database file: ") + std::strerror(errno), path);
  std::array<unsigned char, kHeaderSize> header{};
  const ssize_t got = ::read(fd, header.data(), header.size());
  ::close(fd);
  if (got < static_cast<ssize_t>(kHeaderSize) || std::memcmp(header.data(), "SQLite format 3", 16) != 0) {
    return fileProblem("this is not a database (not an SQLite file), or its beginning is damaged; "
                       "the file was not changed",
                       path);
  }
  const std::uintmax_t expected = expectedSize(header);
  if (expected > size) {
    return fileProblem("the database file is truncated (" + std::to_string(size) + " bytes of " +
                           std::to_string(expected) +
                           "): it was cut short, e.g. by a copy that did not finish; the file was not changed. "
                           "Use a backup",
                       path);
  }
  return {};
}

Status checkWritable(const std::filesystem::path& path) {
  if (::access(path.c_str(), W_OK) != 0 && errno != ENOENT) {
    return fileProblem("the database file is read-only; Copydesk needs to write to it (check its permissions)",
                       path);
  }
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  const bool hasWal = std::filesystem::exists(path.string() + "-wal", ec) && std::filesystem::exists(path.string() + "-shm", ec);
  if (!hasWal && ::access(dir.c_str(), W_OK | X_OK) != 0 && errno != ENOENT) {
    return fileProblem("the folder holding the database is read-only; Copydesk needs to create its -wal and "
                       "-shm files beside it",
                       path);
  }
  return {};
}

}  // namespace

Status checkStoreFile(const std::filesystem::path& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return {};  // a new store
  if (std::filesystem::is_directory(status)) return fileProblem("this is a folder, not a database file", path);
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return fileProblem("cannot read the database file: " + ec.message(), path);
  if (size > 0) {
    if (auto st = checkHeader(path, size); !st) return st;
  }
  return checkWritable(path);
}

Status checkStoreOpenedWritable(sqlite3* db, const std::filesystem::path& path) {
  if (sqlite3_db_readonly(db, "main") == 1) {
    return fileProblem("the database can only be opened read-only (a read-only file or file system); "
                       "Copydesk needs to write to it",
                       path);
  }
  return {};
}

std::string explainStoreFailure(int extendedCode, int systemErrno, const std::string& sqliteMessage) {
  const int code = extendedCode & 0xff;
  const bool noSpace = systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG;
  if (code == SQLITE_FULL || (code == SQLITE_IOERR && noSpace)) {
    return "the disk is full (or a file size limit was reached); nothing was written half, free some space and "
           "try again";
  }
  if (code == SQLITE_CORRUPT) {
    return "the database file is damaged (" + sqliteMessage + "); nothing was changed, use a backup";
  }
  if (code == SQLITE_NOTADB) {
    return "this is not a Copydesk database, or it is damaged (" + sqliteMessage + "); the file was not changed";
  }
  if (code == SQLITE_READONLY) return "the database is read-only (" + sqliteMessage + ")";
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    return "another program holds a lock on the database and did not let go (" + sqliteMessage +
           "); close it, or wait until it has finished, and try again";
  }
  if (code == SQLITE_IOERR) return "the database file could not be read or written (" + sqliteMessage + ")";
  return sqliteMessage;
}

}  // namespace copydesk
