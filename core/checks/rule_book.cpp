#include "core/checks/rule_book.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "core/checks/rule_file.h"
#include "core/common/paths.h"
#include "core/common/error_id.h"

namespace copydesk {
namespace {

// Bumped when the code reads the same files differently, so stored check results go stale too.
constexpr std::uint64_t kEngineVersion = 1;

struct RuleFileRef {
  std::filesystem::path path;
  bool fromUser = false;
};

// The *.toml files of a folder by file name; a missing folder has none.
void listRuleFiles(const std::filesystem::path& dir, bool fromUser, std::map<std::string, RuleFileRef>& files) {
  std::error_code ec;
  if (dir.empty() || !std::filesystem::is_directory(dir, ec)) return;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".toml") continue;
    if (!entry.is_regular_file(ec)) continue;
    files[entry.path().filename().string()] = {entry.path(), fromUser};
  }
}

Result<std::string> readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return makeError("checks.rule-file-unreadable", ErrorCode::Io, {}, path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value ? std::string(value) : std::string();
}

}  // namespace

const CheckChannel* RuleBook::channel(std::string_view id) const {
  for (const auto& c : channels)
    if (c.id == id) return &c;
  return nullptr;
}

const CheckChannel* RuleBook::channelFor(std::string_view market, std::string_view field) const {
  if (market.empty() || field.empty()) return nullptr;
  for (const auto& c : channels) {
    if (c.market != market) continue;
    if (c.field == field || std::find(c.alsoFields.begin(), c.alsoFields.end(), field) != c.alsoFields.end())
      return &c;
  }
  return nullptr;
}

std::filesystem::path shippedRulesDir() { return resourcesDir() / "checks"; }

std::filesystem::path userRulesDir() {
  if (auto dir = env("COPYDESK_CHECKS_DIR"); !dir.empty()) return dir;
  std::filesystem::path base = env("XDG_DATA_HOME");
  if (base.empty() || base.is_relative()) {
    const std::string home = env("HOME");
    if (home.empty()) return {};
    base = std::filesystem::path(home) / ".local" / "share";
  }
  return base / "copydesk" / "checks";
}

RuleBookLoad loadRuleBook(const std::filesystem::path& shippedDir, const std::filesystem::path& userDir) {
  // By file name: a user's file replaces the shipped one of the same name, others add sets.
  std::map<std::string, RuleFileRef> files;
  listRuleFiles(shippedDir, false, files);
  listRuleFiles(userDir, true, files);

  auto book = std::make_shared<RuleBook>();
  auto channels = std::make_shared<std::vector<CheckChannel>>();
  RuleBookLoad load;
  XXH64_state_t* hash = XXH64_createState();
  XXH64_reset(hash, kEngineVersion);

  for (const auto& [name, ref] : files) {
    auto bytes = readBytes(ref.path);
    if (!bytes) {
      load.problems.push_back(bytes.error());
      continue;
    }
    XXH64_update(hash, name.data(), name.size() + 1);  // with its terminating NUL, a separator
    XXH64_update(hash, bytes->data(), bytes->size());
    const std::uint64_t size = bytes->size();
    XXH64_update(hash, &size, sizeof size);

    auto file = parseRuleFile(*bytes, ref.path, channels);
    if (!file) {
      load.problems.push_back(file.error());
      continue;
    }
    const bool duplicate = std::any_of(book->sets.begin(), book->sets.end(),
                                       [&](const RuleSetInfo& s) { return s.id == file->info.id; });
    if (duplicate) {
      load.problems.push_back(makeError("checks.set-defined-twice", ErrorCode::InvalidInput, {file->info.id},
                                        ref.path.string() + ":1:1"));
      continue;
    }
    file->info.fromUser = ref.fromUser;
    book->sets.push_back(file->info);
    for (auto& rule : file->rules) book->rules.push_back(std::move(rule));
    for (auto& channel : file->channels) {
      if (std::any_of(channels->begin(), channels->end(), [&](const CheckChannel& c) { return c.id == channel.id; }))
        continue;  // the first file (by name) that declares a channel wins
      channels->push_back(channel);
    }
  }
  book->fingerprint = XXH64_digest(hash);
  XXH64_freeState(hash);
  // The rules hold `channels` and read it from now on only; the book keeps its own copy.
  book->channels = *channels;
  load.book = std::move(book);
  return load;
}

}  // namespace copydesk
