#include "core/export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace copydesk {

Result<std::unique_ptr<AtomicFile>> AtomicFile::create(const std::filesystem::path& path) {
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string pattern = (dir / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) {
    return makeError("file.cannot-create", ErrorCode::Io, {std::strerror(errno)}, path.string());
  }
  fchmod(fd, 0644);
  std::FILE* file = fdopen(fd, "wb");
  if (!file) {
    const int err = errno;
    close(fd);
    std::remove(pattern.c_str());
    return makeError("file.cannot-open-for-writing", ErrorCode::Io, {std::strerror(err)}, path.string());
  }
  return std::unique_ptr<AtomicFile>(new AtomicFile(path, pattern, file));
}

AtomicFile::~AtomicFile() {
  if (m_file) std::fclose(m_file);
  if (!m_committed) std::remove(m_temp.c_str());
}

Error AtomicFile::failure(ErrorId doing, int err) const {
  Error error = makeError(doing, ErrorCode::Io, {std::strerror(err)}, m_path.string());
  if (err == ENOSPC) addContext(error, "file.disk-full");
  return error;
}

Status AtomicFile::write(std::string_view bytes) {
  if (!m_file) return makeError("file.write-after-close", ErrorCode::Internal, {}, m_path.string());
  if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size()) return failure("file.cannot-write", errno);
  return {};
}

Status AtomicFile::commit() {
  if (!m_file) return makeError("file.commit-after-close", ErrorCode::Internal, {}, m_path.string());
  std::FILE* file = std::exchange(m_file, nullptr);
  if (std::fflush(file) != 0 || fsync(fileno(file)) != 0) {
    const int err = errno;
    std::fclose(file);
    return failure("file.cannot-write", err);
  }
  if (std::fclose(file) != 0) return failure("file.cannot-close", errno);
  if (std::rename(m_temp.c_str(), m_path.c_str()) != 0) return failure("file.cannot-move-into-place", errno);
  m_committed = true;
  return {};
}

}  // namespace copydesk
