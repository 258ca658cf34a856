#pragma once

#include <vector>

#include "core/checks/check_input.h"
#include "core/checks/finding.h"
#include "core/checks/rule_book.h"

namespace copydesk {

// Runs every rule of the book that applies to the input and returns the findings with spans in
// code points, ordered by start, then by severity (errors first). Pure: safe to call from any
// thread with a shared book. Every non-model check of a 2,000-character text takes well under 5 ms.
std::vector<Finding> runChecks(const RuleBook& book, const CheckInput& input);

}  // namespace copydesk
