#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "core/checks/finding.h"
#include "core/checks/rule_book.h"
#include "core/common/error.h"

namespace copydesk::cli {

// One checked text and what the checks found in it, for printing.
struct CheckedText {
  std::string label;         // "draft 42", or the file's path
  std::int64_t draftId = 0;  // 0: not a stored draft
  std::string text;
  std::vector<Finding> findings;
};

// Text: "draft 42:13: error: “全网第一” is an absolute claim … [cn-ad-law.absolute]" one finding a line.
// JSON: {"findings": [{rule, severity, start, length, message, …}]}; with several texts (check --all)
// every finding also names its "draft".
void printChecked(const std::vector<CheckedText>& checked, bool json, bool nameDrafts, std::ostream& out);

// "  error cn-ad-law.absolute at 12 (4 characters): “全网第一” …" for each finding, to name what blocks an approval.
void printFindingLines(const std::vector<Finding>& findings, std::ostream& out);

// Prints every broken rule file as "FILE:LINE:COLUMN: cause" and returns the bad-input exit code.
int reportRuleProblems(const std::vector<Error>& problems);

std::string channelNames(const RuleBook& book);  // "amazon-title, amazon-bullet, …"

}  // namespace copydesk::cli
