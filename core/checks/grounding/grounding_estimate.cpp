#include "core/checks/grounding/grounding_estimate.h"

#include <algorithm>
#include <cmath>

#include "core/llm/usage_cost.h"

namespace copydesk {

namespace {

// A typical answer names a few claims: each a quote of a dozen tokens and a reason of about twenty,
// so a fifth of the draft's tokens plus the JSON around them; never more than the request allows.
std::int64_t expectedOutput(std::string_view draft, std::int64_t maxOutput) {
  const auto draftShare = static_cast<std::int64_t>(std::ceil(llm::estimateTokens(draft) / 5.0));
  return std::min<std::int64_t>(maxOutput, 60 + draftShare);
}

double costFor(const llm::ProviderProfile& profile, std::int64_t input, std::int64_t output) {
  llm::Usage usage;
  usage.inputTokens = input;
  usage.outputTokens = output;
  return llm::costOf(profile, usage);
}

}  // namespace

GroundingEstimate estimateGrounding(const llm::ProviderProfile& profile, const llm::ChatRequest& request,
                                    std::string_view draft) {
  GroundingEstimate estimate;
  estimate.profileName = profile.name;
  estimate.model = request.model.empty() ? profile.defaultModel : request.model;
  estimate.inputTokens =
      static_cast<std::int64_t>(llm::estimateTokens(request.system) + llm::estimateTokens(request.user) + 0.5);
  estimate.maxOutputTokens = request.maxTokens ? *request.maxTokens : 4096;
  estimate.expectedOutputTokens = expectedOutput(draft, estimate.maxOutputTokens);
  estimate.expectedCostUsd = costFor(profile, estimate.inputTokens, estimate.expectedOutputTokens);
  estimate.maxCostUsd = costFor(profile, estimate.inputTokens, estimate.maxOutputTokens);
  estimate.pricesKnown = profile.inputPricePerMTok > 0 || profile.outputPricePerMTok > 0;
  return estimate;
}

}  // namespace copydesk
