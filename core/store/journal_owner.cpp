#include "core/store/journal_owner.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <fstream>
#include <sstream>

namespace copydesk {
namespace {

std::string firstLine(const char* path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

std::string hostName() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "localhost";
  return name;
}

struct ProcessStat {
  char state = '?';
  unsigned long long started = 0;
};

// Fields 3 (state) and 22 (starttime) of /proc/PID/stat; the command name before them may hold
// spaces and ')'.
std::optional<ProcessStat> processStat(long pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat;
  if (!std::getline(in, stat)) return std::nullopt;
  const auto close = stat.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  std::istringstream rest(stat.substr(close + 1));
  ProcessStat result;
  std::string field;
  for (int i = 3; i <= 22; ++i) {
    if (!(rest >> field)) return std::nullopt;
    if (i == 3) result.state = field.empty() ? '?' : field[0];
  }
  try {
    result.started = std::stoull(field);
  } catch (...) {
    return std::nullopt;
  }
  return result;
}

std::atomic<int> g_instances{0};

}  // namespace

JournalOwner JournalOwner::current() {
  JournalOwner owner;
  owner.host = hostName();
  owner.boot = firstLine("/proc/sys/kernel/random/boot_id");
  owner.pid = static_cast<long>(getpid());
  if (auto stat = processStat(owner.pid)) owner.started = stat->started;
  owner.instance = ++g_instances;
  return owner;
}

std::string JournalOwner::id() const {
  // Host names have no spaces; an empty boot id is written as "-" so the fields stay five.
  return host + ' ' + (boot.empty() ? std::string("-") : boot) + ' ' + std::to_string(pid) + ' ' +
         std::to_string(started) + ' ' + std::to_string(instance);
}

std::optional<JournalOwner> JournalOwner::parse(const std::string& id) {
  std::istringstream in(id);
  JournalOwner owner;
  if (!(in >> owner.host >> owner.boot >> owner.pid >> owner.started >> owner.instance)) return std::nullopt;
  if (owner.boot == "-") owner.boot.clear();
  return owner;
}

bool JournalOwner::alive() const {
  if (host != hostName()) return true;
  const std::string bootNow = firstLine("/proc/sys/kernel/random/boot_id");
  if (!boot.empty() && !bootNow.empty() && boot != bootNow) return false;  // the machine restarted since
  if (pid <= 0) return false;
  if (kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) return false;
  // The pid exists: the same process only if it started at the same moment, and a zombie (killed,
  // not yet reaped by its parent) is gone already.
  if (auto stat = processStat(pid)) {
    if (stat->state == 'Z' || stat->state == 'X') return false;
    if (started != 0 && stat->started != started) return false;
  }
  return true;
}

}  // namespace copydesk
