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

Status checkHeader(const std::filesystem::path& path, std::uintmax_t size) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fileProblem("store.file.unreadable", path, {std::strerror(errno)});
  std::array<unsigned char, kHeaderSize> header{};
  const ssize_t got = ::read(fd, header.data(), header.size());
  ::close(fd);
  if (got < static_cast<ssize_t>(kHeaderSize) || std::memcmp(header.data(), "SQLite format 3", 16) != 0) {
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
