#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/checks/finding.h"
#include "core/checks/grounding/grounding_estimate.h"
#include "core/checks/grounding/grounding_options.h"
#include "core/checks/grounding/grounding_reply.h"
#include "core/common/result.h"
#include "core/llm/llm_client.h"
#include "core/store/product.h"

namespace copydesk {

// The grounding check, on demand only: it costs tokens, so it is planned first (no network: the
// request and its estimate, for the UI or the CLI to show and ask about) and then run, once, when
// the user says so.
//
//   GroundingPlan plan = planGrounding(profile, product, draftText);
//   show(plan.estimate); if (!userAgrees()) return;
//   Result<GroundingReport> report = runGrounding(client, plan);   // or startGrounding(…, onDone)
//
// Failures of the call are Error values with the llm codes (chat_error.h): Auth (401/403, no key),
// RateLimited, Network, Provider, Cancelled, InvalidInput (no base URL or model); the caller words
// them. An answer that arrives but cannot be read is not a failure: the report says so, with the
// tokens it cost.

inline constexpr std::string_view kGroundingRule = "grounding.unsupported";
inline constexpr std::string_view kGroundingRuleSet = "grounding";
inline constexpr std::string_view kGroundingMessage = "grounding.unsupported";  // args: claim (the quote), reason

struct GroundingPlan {
  llm::ProviderProfile profile;
  llm::ChatRequest request;
  GroundingEstimate estimate;
  std::string draft;  // the text as checked: spans refer to it
};

struct GroundingReport {
  std::vector<Finding> findings;    // one per claim found in the draft, ordered by start
  std::size_t claims = 0;           // claims the model listed
  std::size_t droppedClaims = 0;    // of those, quotes not in the draft even with white space ignored
  bool replyReadable = true;        // false: no {"claims": […]} in the answer, so no findings
  std::string reply;                // the model's answer as received (for a details view or a log)
  llm::Usage usage;                 // what the call consumed (usage.reported: counted by the provider)
  double costUsd = 0;               // at the profile's prices
  std::string model;                // the model that answered
};

// Builds the request and its estimate. Pure: nothing is sent.
GroundingPlan planGrounding(const llm::ProviderProfile& profile, const Product& product, std::string draft,
                            const GroundingOptions& options = {});

// Turns the model's claims into findings on the draft: rule grounding.unsupported, warning, args
// {quote as in the draft, reason}, span in code points. A quote that is not in the draft (verbatim,
// or with white space ignored) is dropped and counted; the same passage listed twice is one finding.
// `source` names who judged ("model: OpenAI / gpt-4o-mini").
GroundingReport groundingFindings(const GroundingReply& reply, std::string_view draft, const std::string& source);

// Sends the plan's one request (streamed, not a batch) and calls onDone exactly once, on the
// client's network thread, with the report or the call's Error. Returns the id for client.cancel().
llm::LlmClient::RequestId startGrounding(llm::LlmClient& client, const GroundingPlan& plan,
                                         std::function<void(Result<GroundingReport>)> onDone);

// The same, blocking the calling thread until the answer is in (the CLI, tests, a worker thread;
// never the GUI thread).
Result<GroundingReport> runGrounding(llm::LlmClient& client, const GroundingPlan& plan);

}  // namespace copydesk
