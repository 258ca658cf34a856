#include "core/llm/api_key_source.h"

#include <cstdlib>

namespace copydesk::llm {

std::optional<std::string> environmentKey(const ProviderProfile& profile) {
  if (profile.apiKeyEnv.empty()) return std::nullopt;
  const char* value = std::getenv(profile.apiKeyEnv.c_str());
  if (!value || !*value) return std::nullopt;
  return std::string(value);
}

std::string keyFrom(const ApiKeySource& source, const ProviderProfile& profile) {
  return (source ? source(profile) : environmentKey(profile)).value_or(std::string());
}

}  // namespace copydesk::llm
