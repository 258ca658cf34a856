#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/json.h"
#include "core/common/result.h"

namespace copydesk::llm {

enum class ProviderKind { OpenAiCompatible, AzureOpenAi, Anthropic };

// "openai", "azure", "anthropic": the names used in JSON and on the command line.
std::string_view kindName(ProviderKind kind);
Result<ProviderKind> kindFromName(std::string_view name);

// Where and how to reach one provider. Never holds the key itself, only where to find it.
struct ProviderProfile {
  std::string name;                 // "OpenAI", "Ollama (local)", …
  ProviderKind kind = ProviderKind::OpenAiCompatible;
  std::string baseUrl;              // openai: includes /v1 ("http://localhost:11434/v1"); anthropic: without /v1
  std::vector<std::string> models;
  std::string defaultModel;
  std::string apiKeyEnv;            // environment variable holding the key ("" = no key needed)
  std::string apiVersion;           // Azure api-version / anthropic-version
  std::map<std::string, std::string> extraHeaders;
  std::string proxy;                // "" = none
  std::string caBundle;             // custom CA file; TLS verification is ALWAYS on
  // A key may go over plain http:// only to this machine (loopback) — or anywhere, when the user
  // said so here (a server on the LAN, a TLS-terminating proxy on the same network).
  bool allowInsecureHttp = false;
  int connectTimeoutMs = 10000, idleTimeoutMs = 60000, totalTimeoutMs = 300000;
  double inputPricePerMTok = 0, outputPricePerMTok = 0;   // USD per million tokens
  int requestsPerMinute = 0, tokensPerMinute = 0, maxConcurrency = 8;  // 0 = unlimited
};

Json toJson(const ProviderProfile& profile);
// Missing fields keep their defaults; a wrong type or an unknown kind is an InvalidInput error.
Result<ProviderProfile> profileFromJson(const Json& json);

// The URL a chat request goes to: {base}/chat/completions, Azure's deployment URL (the deployment
// name percent-escaped into its path segment), {base}/v1/messages. "" when the base URL is not an
// absolute http(s) URL.
std::string chatUrl(const ProviderProfile& profile, const std::string& model);
// GET {base}/models (Anthropic: {base}/v1/models); "" as above.
std::string modelsUrl(const ProviderProfile& profile);

}  // namespace copydesk::llm
