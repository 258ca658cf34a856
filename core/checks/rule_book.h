#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/checks/rule.h"
#include "core/common/error.h"

namespace copydesk {

// A channel the copy is measured against ("amazon-title"): how long the field may be, counted the
// channel's way. Read from channel-limits.toml (shipped, or the user's).
struct CheckChannel {
  std::string id;      // amazon-title
  std::string market;  // amazon: a template's channel
  std::string field;   // title: the draft field
  std::size_t max = 0;
  std::string unit = "chars";  // chars (code points) | width (CJK counts 2) | bytes (UTF-8)
  std::size_t maxItems = 0;    // bullets: at most this many lines (0: any)
  bool perItem = false;        // bullets: max holds for each line
  std::vector<std::string> alsoFields;  // other draft fields measured the same way (search_terms: keywords)
};

// One rule file as loaded.
struct RuleSetInfo {
  std::string id;
  std::string nameEn;
  std::string nameZh;
  std::string market;
  std::filesystem::path file;
  bool fromUser = false;  // the user's folder replaced or added it
  std::size_t ruleCount = 0;
};

// Every rule set in force, immutable once loaded and shared between threads.
class RuleBook final {
 public:
  std::vector<RuleSetInfo> sets;
  std::vector<std::unique_ptr<Rule>> rules;
  std::vector<CheckChannel> channels;
  std::uint64_t fingerprint = 0;  // of every file's bytes: stored check results older than it are stale

  const CheckChannel* channel(std::string_view id) const;
  // The channel a template's market and a draft's field name ("amazon" + "bullets" → amazon-bullet), or null.
  const CheckChannel* channelFor(std::string_view market, std::string_view field) const;
};

// What loading brings: the book (never null; rule sets that failed are left out of it) and one
// error per broken file (where = "FILE:LINE:COLUMN").
struct RuleBookLoad {
  std::shared_ptr<const RuleBook> book;
  std::vector<Error> problems;
};

std::filesystem::path shippedRulesDir();  // resourcesDir()/checks
std::filesystem::path userRulesDir();     // $COPYDESK_CHECKS_DIR, else <XDG data>/copydesk/checks

RuleBookLoad loadRuleBook(const std::filesystem::path& shippedDir = shippedRulesDir(),
                          const std::filesystem::path& userDir = userRulesDir());

}  // namespace copydesk
