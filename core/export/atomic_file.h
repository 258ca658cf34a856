#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string_view>

#include "core/common/error_id.h"
#include "core/common/result.h"

namespace copydesk {

// Writes a file under a temporary name beside it and renames it into place on commit(), so a
// full disk or a crash never leaves half a file under the real name. Errors name the real file.
class AtomicFile final {
 public:
  static Result<std::unique_ptr<AtomicFile>> create(const std::filesystem::path& path);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  Status write(std::string_view bytes);
  Status commit();
  const std::filesystem::path& path() const { return m_path; }

 private:
  AtomicFile(std::filesystem::path path, std::filesystem::path temp, std::FILE* file)
      : m_path(std::move(path)), m_temp(std::move(temp)), m_file(file) {}
  Error failure(ErrorId doing, int err) const;

  std::filesystem::path m_path;
  std::filesystem::path m_temp;
  std::FILE* m_file;
  bool m_committed = false;
};

}  // namespace copydesk
