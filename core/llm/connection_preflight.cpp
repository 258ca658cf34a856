#include "core/llm/connection_preflight.h"

#include "core/llm/chat_error.h"
#include "core/llm/provider_url.h"

namespace copydesk::llm {

std::optional<Error> connectionPreflight(const ProviderProfile& profile, const std::string& key) {
  const std::string where = "profile '" + profile.name + "'";
  if (profile.baseUrl.empty()) return chatError(ErrorCode::InvalidInput, "No base URL is set", 0, where);
  const auto url = parseHttpUrl(profile.baseUrl);
  if (!url) {
    return chatError(ErrorCode::InvalidInput,
                     "The base URL " + maskUrl(profile.baseUrl) + " is not an absolute http:// or https:// URL", 0,
                     where);
  }
  // Local servers ignore keys; a missing key for them is not an error.
  const bool local = isLoopbackHost(url->host);
  if (key.empty() && !profile.apiKeyEnv.empty() && !local) {
    return chatError(ErrorCode::Auth,
                     "No API key: the environment variable " + profile.apiKeyEnv + " is not set, and no key is "
                         "stored for the profile — it holds the key of " + where);
  }
  if (!key.empty() && url->scheme == "http" && !local && !profile.allowInsecureHttp) {
    return chatError(ErrorCode::InvalidInput,
                     "Not sending the API key over plain http:// to " + url->host + ", which is not this machine: "
                         "use https://, or allow plain HTTP for this profile (copydesk-cli providers add '" +
                         profile.name + "' --allow-insecure-http, or \"Send the key over plain HTTP\" in the "
                         "profile's settings)",
                     0, where);
  }
  return std::nullopt;
}

}  // namespace copydesk::llm
