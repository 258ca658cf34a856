// A rule file of the checks (docs/checks.md), as the studio and the CLI load the user's checks
// folder: loadRuleBook reads the folder's *.toml, parseRuleFile reads the [set] and [[rule]]
// tables and every rule kind its own keys (terms, chars, emoji, glossary, html-safety, keywords,
// sentences, repeated-phrase, channel-limits, facts-numbers, facts-terms …).
//
// Input: the TOML text, written as the only file of a scratch checks folder. A book that loads is
// then run over sample texts, so rules built from odd values are exercised too.
#include <cstdint>

#include "core/checks/rule_book.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"
#include "fuzz/support/sample_checks.h"
#include "fuzz/support/scratch_dir.h"

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto dir = fuzz::freshScratchFolder("checks");
  fuzz::writeScratch("checks/mine.toml", fuzz::asText(data, size));
  const RuleBookLoad load = loadRuleBook(dir, {});
  fuzz::require(load.book != nullptr, "loadRuleBook returned no book");
  for (const auto& problem : load.problems) (void)problem.describe();
  fuzz::require(load.problems.empty() || load.book->rules.empty(), "a broken file still added rules");
  fuzz::checkSamples(*load.book);
  return 0;
}
