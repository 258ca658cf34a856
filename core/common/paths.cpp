#include "core/common/paths.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <pwd.h>
#include <unistd.h>

namespace copydesk {
namespace {

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string(value) : std::string();
}

std::filesystem::path homeDir() {
  if (auto home = env("HOME"); !home.empty()) return home;
  if (const passwd* pw = getpwuid(getuid())) return pw->pw_dir;
  return std::filesystem::temp_directory_path();
}

}  // namespace

std::filesystem::path defaultDatabasePath() {
  if (auto db = env("COPYDESK_DB"); !db.empty()) return db;
  std::filesystem::path base = env("XDG_DATA_HOME");
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  if (base.empty() || base.is_relative()) base = homeDir() / ".local" / "share";
  return base / "copydesk" / "copydesk.db";
}

std::filesystem::path resourcesDir() {
  if (auto dir = env("COPYDESK_RESOURCES"); !dir.empty()) return dir;
  std::filesystem::path source = COPYDESK_SOURCE_RESOURCES;
  if (std::filesystem::exists(source / "catalog")) return source;
  // A package may install under another prefix than the build's (a .deb goes to /usr): look
  // beside the running binary first, bin/../share/copydesk.
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto besideBinary = exe.parent_path().parent_path() / "share" / "copydesk";
    if (std::filesystem::exists(besideBinary / "catalog", ec)) return besideBinary;
  }
  return std::filesystem::path(COPYDESK_INSTALLED_RESOURCES);
}

std::string currentUserName() {
  if (auto user = env("COPYDESK_USER"); !user.empty()) return user;
  // The account behind the process does not change, and looking it up reads /etc/passwd: a batch
  // writing thousands of drafts asks once.
  static const std::string account = [] {
    const passwd* pw = getpwuid(getuid());
    return pw ? std::string(pw->pw_name) : std::string();
  }();
  if (!account.empty()) return account;
  if (auto user = env("USER"); !user.empty()) return user;
  return "unknown";
}

std::string nowIso8601() {
  using namespace std::chrono;
  const auto now = system_clock::now();
  const std::time_t seconds = system_clock::to_time_t(now);
  const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
  return buffer;
}

}  // namespace copydesk
