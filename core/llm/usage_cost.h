#pragma once

#include <string>
#include <string_view>

#include "core/llm/chat_request.h"
#include "core/llm/provider_profile.h"

namespace copydesk::llm {

// Rough: ~4 chars/token for Latin text, ~1 token per CJK character. For limits and estimates only.
double estimateTokens(std::string_view text);
// USD from the profile's per-million-token prices.
double costOf(const ProviderProfile& profile, const Usage& usage);
// "usage: 12 in + 34 out tokens, cost $0.000123" (estimated counts say so).
std::string describeUsage(const Usage& usage, double cost);

}  // namespace copydesk::llm
