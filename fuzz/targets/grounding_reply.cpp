// The grounding check's reading of a model's answer (the answer is outside input: whatever the
// model wrote): parseGroundingReply (the JSON alone, in a ``` fence, with text or a <think> block
// around it, a bare array, claims as objects or strings) and QuoteLocator, which finds each
// quoted passage in the draft verbatim or ignoring white space.
//
// Input: ANSWER 0x1E DRAFT (without DRAFT, a sample draft). Checks every span QuoteLocator gives
// lies inside the draft, starts at or after `from` and is not empty.
#include <cstdint>
#include <string>

#include "core/checks/grounding/grounding_reply.h"
#include "core/checks/grounding/quote_locator.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto parts = fuzz::splitParts(fuzz::asText(data, size), '\x1e', 2);
  const std::string_view draft =
      parts.size() > 1 ? parts[1] : std::string_view("This copper kettle holds 1.7 L and is certified organic.\n"
                                                     "全网第一 铜壶，容量 1.7 升。");
  const GroundingReply reply = parseGroundingReply(parts[0]);
  const QuoteLocator locator(draft);
  for (const auto& claim : reply.claims) {
    for (std::size_t from : {std::size_t{0}, draft.size() / 2}) {
      const auto span = locator.find(claim.quote, from);
      if (!span) continue;
      fuzz::require(span->start >= from && span->start < span->end && span->end <= draft.size(),
                    "a quote's span lies outside the draft",
                    claim.quote + " at " + std::to_string(span->start) + ".." + std::to_string(span->end));
    }
  }
  return 0;
}
