#pragma once

#include <string>
#include <string_view>

#include "core/common/error.h"
#include "core/llm/provider_url.h"  // maskUrl

namespace copydesk::llm {

// Turns a failed HTTP response into a readable Error naming the profile, e.g.
// "Authentication failed (401): Incorrect API key provided — check the key of profile 'OpenAI'".
// The provider's own message is taken from {"error":{"message"}} / {"error":"…"} / {"message"} /
// Anthropic {"type":"error","error":{…}}; the body is shortened when there is no JSON.
Error errorFromResponse(long httpStatus, std::string_view body, const std::string& profileName);
// The provider's message inside an error body or error event ("" when there is none).
std::string providerMessage(std::string_view body);
// Replaces every occurrence of secret in text with "***" (no-op for an empty secret).
std::string redact(std::string text, std::string_view secret);

}  // namespace copydesk::llm
