#include "core/llm/provider_profile.h"

#include "core/llm/provider_url.h"

namespace copydesk::llm {

namespace {

std::string azureQuery(const ProviderProfile& profile) {
  const std::string version = profile.apiVersion.empty() ? std::string("2024-10-21") : profile.apiVersion;
  return "api-version=" + percentEscape(version);
}

// Reads json[key] into out when present; a wrong type is reported with the key's name.
template <class T>
Status readField(const Json& json, const char* key, T& out) {
  const auto it = json.find(key);
  if (it == json.end() || it->is_null()) return {};
  try {
    out = it->get<T>();
  } catch (const Json::exception&) {
    return makeError(ErrorCode::InvalidInput, std::string("field '") + key + "' has the wrong type",
                     "provider profile");
  }
  return {};
}

}  // namespace

std::string_view kindName(ProviderKind kind) {
  switch (kind) {
    case ProviderKind::OpenAiCompatible: return "openai";
    case ProviderKind::AzureOpenAi: return "azure";
    case ProviderKind::Anthropic: return "anthropic";
  }
  return "openai";
}

Result<ProviderKind> kindFromName(std::string_view name) {
  if (name == "openai" || name == "openai-compatible") return ProviderKind::OpenAiCompatible;
  if (name == "azure" || name == "azure-openai") return ProviderKind::AzureOpenAi;
  if (name == "anthropic") return ProviderKind::Anthropic;
  return makeError(ErrorCode::InvalidInput,
                   "unknown provider kind '" + std::string(name) + "' (expected openai, azure or anthropic)");
}

Json toJson(const ProviderProfile& p) {
  Json json;
  json["name"] = p.name;
  json["kind"] = std::string(kindName(p.kind));
  json["baseUrl"] = p.baseUrl;
  json["models"] = p.models;
  json["defaultModel"] = p.defaultModel;
  json["apiKeyEnv"] = p.apiKeyEnv;
  json["apiVersion"] = p.apiVersion;
  json["extraHeaders"] = p.extraHeaders;
  json["proxy"] = p.proxy;
  json["caBundle"] = p.caBundle;
  json["allowInsecureHttp"] = p.allowInsecureHttp;
  json["connectTimeoutMs"] = p.connectTimeoutMs;
  json["idleTimeoutMs"] = p.idleTimeoutMs;
  json["totalTimeoutMs"] = p.totalTimeoutMs;
  json["inputPricePerMTok"] = p.inputPricePerMTok;
  json["outputPricePerMTok"] = p.outputPricePerMTok;
  json["requestsPerMinute"] = p.requestsPerMinute;
  json["tokensPerMinute"] = p.tokensPerMinute;
  json["maxConcurrency"] = p.maxConcurrency;
  return json;
}

Result<ProviderProfile> profileFromJson(const Json& json) {
  if (!json.is_object()) return makeError(ErrorCode::InvalidInput, "not a JSON object", "provider profile");
  ProviderProfile p;
  std::string kind = "openai";
  for (Status s : {readField(json, "name", p.name), readField(json, "kind", kind),
                   readField(json, "baseUrl", p.baseUrl), readField(json, "models", p.models),
                   readField(json, "defaultModel", p.defaultModel), readField(json, "apiKeyEnv", p.apiKeyEnv),
                   readField(json, "apiVersion", p.apiVersion), readField(json, "extraHeaders", p.extraHeaders),
                   readField(json, "proxy", p.proxy), readField(json, "caBundle", p.caBundle),
                   readField(json, "allowInsecureHttp", p.allowInsecureHttp),
                   readField(json, "connectTimeoutMs", p.connectTimeoutMs),
                   readField(json, "idleTimeoutMs", p.idleTimeoutMs),
                   readField(json, "totalTimeoutMs", p.totalTimeoutMs),
                   readField(json, "inputPricePerMTok", p.inputPricePerMTok),
                   readField(json, "outputPricePerMTok", p.outputPricePerMTok),
                   readField(json, "requestsPerMinute", p.requestsPerMinute),
                   readField(json, "tokensPerMinute", p.tokensPerMinute),
                   readField(json, "maxConcurrency", p.maxConcurrency)}) {
    if (!s) return s.error();
  }
  auto parsedKind = kindFromName(kind);
  if (!parsedKind) return parsedKind.error();
  p.kind = *parsedKind;
  if (p.name.empty()) return makeError(ErrorCode::InvalidInput, "the profile has no name", "provider profile");
  return p;
}

std::string chatUrl(const ProviderProfile& profile, const std::string& model) {
  std::optional<std::string> url;
  switch (profile.kind) {
    case ProviderKind::OpenAiCompatible:
      url = extendUrl(profile.baseUrl, {"/chat/completions"});
      break;
    case ProviderKind::AzureOpenAi:
      url = extendUrl(profile.baseUrl, {"/openai/deployments", Escaped{model}, "/chat/completions"}, azureQuery(profile));
      break;
    case ProviderKind::Anthropic:
      url = extendUrl(profile.baseUrl, {pathEndsWith(profile.baseUrl, "/v1") ? "/messages" : "/v1/messages"});
      break;
  }
  return url.value_or("");
}

std::string modelsUrl(const ProviderProfile& profile) {
  std::optional<std::string> url;
  switch (profile.kind) {
    case ProviderKind::OpenAiCompatible:
      url = extendUrl(profile.baseUrl, {"/models"});
      break;
    case ProviderKind::AzureOpenAi:
      url = extendUrl(profile.baseUrl, {"/openai/models"}, azureQuery(profile));
      break;
    case ProviderKind::Anthropic:
      url = extendUrl(profile.baseUrl, {pathEndsWith(profile.baseUrl, "/v1") ? "/models" : "/v1/models"});
      break;
  }
  return url.value_or("");
}

}  // namespace copydesk::llm
