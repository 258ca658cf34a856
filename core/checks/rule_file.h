#pragma once

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

#include "core/checks/rule_book.h"
#include "core/common/result.h"

namespace copydesk {

// One rule file read: its set, its rules and the channels it declares.
struct RuleFile {
  RuleSetInfo info;
  std::vector<std::unique_ptr<Rule>> rules;
  std::vector<CheckChannel> channels;
};

// Parses one rule file's text (`path` names it in errors: FILE:LINE:COLUMN). `channels` is the
// book's channel list, filled once every file is read, for the kinds that measure against it.
Result<RuleFile> parseRuleFile(std::string_view text, const std::filesystem::path& path,
                               const std::shared_ptr<const std::vector<CheckChannel>>& channels);

}  // namespace copydesk
