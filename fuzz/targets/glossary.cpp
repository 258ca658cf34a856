// The glossary (the user's brands with banned, required and preferred terms) as Preferences →
// Glossary and the checks read it: readGlossary, then writeGlossary and readGlossary again, then
// the file loaded as the glossary rule set and run over sample texts.
//
// Input: the glossary.toml text. Checks the promise the Glossary page relies on: what was read
// survives a write and a read unchanged.
#include <cstdint>
#include <string>

#include "core/checks/glossary.h"
#include "core/checks/rule_book.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"
#include "fuzz/support/sample_checks.h"
#include "fuzz/support/scratch_dir.h"

using namespace copydesk;

namespace {

std::string describe(const std::vector<GlossaryEntry>& entries) {
  std::string text;
  for (const auto& entry : entries) {
    text += "brand[" + entry.brand + "]";
    for (const auto& term : entry.banned) text += " -[" + term + "]";
    for (const auto& term : entry.required) text += " +[" + term + "]";
    for (const auto& [found, preferred] : entry.preferred) text += " [" + found + "]>[" + preferred + "]";
    text += "\n";
  }
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto dir = fuzz::freshScratchFolder("glossary");
  const auto file = fuzz::writeScratch("glossary/glossary.toml", fuzz::asText(data, size));
  auto read = readGlossary(file);
  if (!read) return 0;

  const auto again = fuzz::freshScratchFolder("written") / "glossary.toml";
  auto written = writeGlossary(again, *read);
  fuzz::require(written.ok(), "a glossary that was read cannot be written", written ? "" : written.error().describe());
  auto reread = readGlossary(again);
  fuzz::require(reread.ok(), "a written glossary does not read back", reread ? "" : reread.error().describe());
  fuzz::require(describe(*reread) == describe(*read), "the glossary changed through a write and a read",
                describe(*read) + "\n  read back:\n  " + describe(*reread));

  const RuleBookLoad load = loadRuleBook(dir, {});
  fuzz::checkSamples(*load.book);
  return 0;
}
