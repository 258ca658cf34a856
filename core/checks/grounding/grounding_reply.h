#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// One claim the model says the facts do not support, as it wrote it.
struct GroundingClaim {
  std::string quote;   // meant to be an exact passage of the draft (quote_locator.h finds it)
  std::string reason;
};

struct GroundingReply {
  bool readable = false;  // a {"claims": […]} answer was found (an empty list is readable)
  std::vector<GroundingClaim> claims;
};

// Reads the model's answer leniently, because models do not always do as told: the JSON alone, the
// JSON inside a ``` fence, or the JSON with text around it (and a <think> block before it). The
// first JSON object with a "claims" array wins; a bare array of claims is accepted too. A claim is
// {"quote", "reason"} ("claim" or "text" stand in for "quote"), or a bare string (no reason).
// Claims without a quote are skipped.
GroundingReply parseGroundingReply(std::string_view answer);

}  // namespace copydesk
