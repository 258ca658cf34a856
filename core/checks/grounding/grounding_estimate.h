#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/llm/chat_request.h"
#include "core/llm/provider_profile.h"

namespace copydesk {

// What a grounding check will cost, known before anything is sent: the UI and the CLI show it and
// ask before spending tokens. Input tokens are estimated the way the studio's rendered-prompt view
// estimates them (llm::estimateTokens of the system and user messages); the provider counts exactly
// only after the call. The expected output is a guess for a short JSON list; the maximum is the
// request's max_tokens, so maxCostUsd is a real upper bound for the one call.
struct GroundingEstimate {
  std::string profileName;
  std::string model;
  std::int64_t inputTokens = 0;
  std::int64_t expectedOutputTokens = 0;
  std::int64_t maxOutputTokens = 0;
  double expectedCostUsd = 0;
  double maxCostUsd = 0;
  bool pricesKnown = false;  // false: the profile has no prices (a local model, or unknown): costs show 0
};

// `draft` is the text the request asks about (the expected answer grows with it).
GroundingEstimate estimateGrounding(const llm::ProviderProfile& profile, const llm::ChatRequest& request,
                                    std::string_view draft);

}  // namespace copydesk
