#include "core/store/store_backup.h"
#include "core/common/error_id.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace copydesk {
namespace {

Error backupProblem(ErrorId id, ErrorCode code, const std::filesystem::path& out, std::vector<std::string> args = {}) {
  return makeError(id, code, std::move(args), out.string());
}

// Removes the temporary copy unless it was moved into place.
class TempCopy final {
 public:
  explicit TempCopy(std::filesystem::path path) : m_path(std::move(path)) {}
  ~TempCopy() {
    if (m_keep) return;
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(m_path.string() + suffix, ec);
  }
  TempCopy(const TempCopy&) = delete;
  TempCopy& operator=(const TempCopy&) = delete;
  const std::filesystem::path& path() const { return m_path; }
  void keep() { m_keep = true; }

 private:
  std::filesystem::path m_path;
  bool m_keep = false;
};

Status syncFile(const std::filesystem::path& path, const std::filesystem::path& out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int err = errno;
    if (fd >= 0) ::close(fd);
    return backupProblem("backup.cannot-sync", ErrorCode::Io, out, {std::strerror(err)});
  }
  ::close(fd);
  return {};
}

Result<std::int64_t> count(Database& copy, const char* table) {
  auto stmt = copy.prepare(std::string("SELECT count(*) FROM ") + table);
  if (!stmt) return stmt.error();
  if (!stmt->step()) return copy.lastError("counting the copy's rows");
  return stmt->integer(0);
}

// Opens the finished copy on its own and asks SQLite whether it is whole, before it takes the name.
Status verifyCopy(const std::filesystem::path& temp, const std::filesystem::path& out, BackupSummary& summary) {
  Database::Options options;
  options.migrate = false;
  auto copy = Database::open(temp, options);
  if (!copy) return copy.error();
  {
    auto check = (*copy)->prepare("PRAGMA quick_check");
    if (!check) return check.error();
    if (!check->step() || check->text(0) != "ok") {
      return backupProblem("backup.check-failed", ErrorCode::Database, out, {check->text(0)});
    }
  }  // finished before the checkpoint below, which a statement still open would block
  auto products = count(**copy, "products");
  if (!products) return products.error();
  auto drafts = count(**copy, "drafts");
  if (!drafts) return drafts.error();
  summary.products = *products;
  summary.drafts = *drafts;
  // Back to one file: the copy must not need a -wal beside it once it is moved.
  return (*copy)->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace

Result<BackupSummary> backupStore(Database& db, const std::filesystem::path& out, bool overwrite) {
  // VACUUM INTO is SQLite's; a team store's server has its own tools, which see every role's rights.
  if (db.isPostgres()) return backupProblem("backup.team-store", ErrorCode::InvalidInput, out);
  std::error_code ec;
  if (std::filesystem::is_directory(out, ec)) {
    return backupProblem("backup.is-folder", ErrorCode::InvalidInput, out);
  }
  if (std::filesystem::exists(out, ec)) {
    if (std::filesystem::equivalent(out, db.path(), ec)) {
      return backupProblem("backup.is-the-store", ErrorCode::InvalidInput, out);
    }
    if (!overwrite) {
      return backupProblem("backup.exists", ErrorCode::InvalidInput, out);
    }
  }
  const std::filesystem::path dir = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
  std::string pattern = (dir / ("." + out.filename().string() + ".backup-XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());  // VACUUM INTO writes into an empty file
  if (fd < 0) {
    return backupProblem("backup.cannot-create", ErrorCode::Io, out, {std::strerror(errno)});
  }
  ::close(fd);
  TempCopy temp(pattern);

  auto vacuum = db.prepare("VACUUM INTO ?");
  if (!vacuum) return vacuum.error();
  vacuum->bind(1, temp.path().string());
  if (!vacuum->run()) {
    Error error = db.lastError("writing the copy");
    error.where = out.string();
    return error;
  }
  BackupSummary summary;
  summary.out = out;
  if (auto st = verifyCopy(temp.path(), out, summary); !st) return st.error();
  if (auto st = syncFile(temp.path(), out); !st) return st.error();
  summary.bytes = std::filesystem::file_size(temp.path(), ec);
  if (std::rename(temp.path().c_str(), out.c_str()) != 0) {
    return backupProblem("backup.cannot-move", ErrorCode::Io, out, {std::strerror(errno)});
  }
  temp.keep();
  // The rename itself is on disk only once the folder is.
  if (const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
    ::fsync(dirFd);
    ::close(dirFd);
  }
  return summary;
}

}  // namespace copydesk
