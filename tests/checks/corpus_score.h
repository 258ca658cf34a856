#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/checks/finding.h"
#include "tests/checks/corpus_item.h"

namespace copydesk::test {

struct SetScore {
  int truePositives = 0;
  int falsePositives = 0;
  int falseNegatives = 0;
  double precision() const;  // 1 when nothing fired
  double recall() const;     // 1 when nothing was expected
};

// A miss (an expected finding that did not come) or a false alarm (a finding nobody expected),
// with what the tuner needs to see it: the item, the rule, the text under the span.
struct ScoreNote {
  std::string itemId;
  std::string rule;
  std::string text;    // the expected substring (miss) or the text under the findings (false alarm)
  std::string detail;  // for a miss, what the rule did report on the item; for a false alarm, the args
};

// How the checks did on the corpus, per rule set (docs: tests/checks/corpus/README.md):
// - an expectation is a true positive when a finding of its rule (or one of its alternatives)
//   covers its substring (any
//   occurrence), or, without a substring, when the rule fired on the item at all (as many
//   findings as such expectations); otherwise a false negative;
// - a false positive is counted once per (item, rule) for a rule that fired but was not expected,
//   or was expected only at given substrings and also fired somewhere overlapping none of them;
// - rules in an item's "allow" are not counted; readability's info rules keyword-missing and
//   long-sentence count only on items whose "sets" name readability.
struct CorpusScore {
  std::map<std::string, SetScore> sets;
  std::vector<ScoreNote> misses;
  std::vector<ScoreNote> falseAlarms;
  int uncounted = 0;  // findings left out by "allow" or the readability scheme
};

void scoreItem(const CorpusItem& item, const std::vector<Finding>& findings, CorpusScore& score);

// The text under a code-point span of a UTF-8 string.
std::string codePointSlice(std::string_view utf8, std::size_t start, std::size_t length);

}  // namespace copydesk::test
