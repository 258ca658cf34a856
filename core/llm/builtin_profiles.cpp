#include "core/llm/builtin_profiles.h"

#include <algorithm>
#include <cctype>

namespace copydesk::llm {

namespace {

ProviderProfile cloud(std::string name, std::string baseUrl, std::string keyEnv, std::string model,
                      double priceIn, double priceOut) {
  ProviderProfile p;
  p.name = std::move(name);
  p.baseUrl = std::move(baseUrl);
  p.apiKeyEnv = std::move(keyEnv);
  p.defaultModel = model;
  p.models = {std::move(model)};
  p.inputPricePerMTok = priceIn;
  p.outputPricePerMTok = priceOut;
  return p;
}

// Local servers: no key, no price, slower first tokens while a model loads.
ProviderProfile local(std::string name, std::string baseUrl, std::string model) {
  ProviderProfile p = cloud(std::move(name), std::move(baseUrl), "", std::move(model), 0, 0);
  p.idleTimeoutMs = 180000;
  p.maxConcurrency = 4;
  return p;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

// Prices are the providers' list prices when these profiles were written: users edit them.
std::vector<ProviderProfile> builtInProfiles() {
  std::vector<ProviderProfile> all;
  all.push_back(local("Ollama (local)", "http://localhost:11434/v1", "llama3.2"));
  all.push_back(cloud("OpenAI", "https://api.openai.com/v1", "OPENAI_API_KEY", "gpt-4o-mini", 0.15, 0.60));
  all.back().models = {"gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-4.1"};

  ProviderProfile azure = cloud("Azure OpenAI", "https://YOUR-RESOURCE.openai.azure.com", "AZURE_OPENAI_API_KEY",
                                "gpt-4o-mini", 0.15, 0.60);
  azure.kind = ProviderKind::AzureOpenAi;
  azure.apiVersion = "2024-10-21";
  all.push_back(azure);

  all.push_back(cloud("DeepSeek", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY", "deepseek-chat", 0.27, 1.10));
  all.back().models = {"deepseek-chat", "deepseek-reasoner"};
  all.push_back(cloud("Qwen (DashScope compatible)", "https://dashscope.aliyuncs.com/compatible-mode/v1",
                      "DASHSCOPE_API_KEY", "qwen-plus", 0.4, 1.2));
  all.back().models = {"qwen-plus", "qwen-turbo", "qwen-max"};
  all.push_back(cloud("Moonshot", "https://api.moonshot.cn/v1", "MOONSHOT_API_KEY", "moonshot-v1-8k", 1.7, 1.7));
  all.push_back(cloud("Zhipu", "https://open.bigmodel.cn/api/paas/v4", "ZHIPUAI_API_KEY", "glm-4-flash", 0, 0));
  all.push_back(cloud("OpenRouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", "openai/gpt-4o-mini",
                      0.15, 0.60));

  ProviderProfile claude = cloud("Anthropic", "https://api.anthropic.com", "ANTHROPIC_API_KEY",
                                 "claude-3-5-haiku-latest", 0.80, 4.0);
  claude.kind = ProviderKind::Anthropic;
  claude.apiVersion = "2023-06-01";
  claude.models = {"claude-3-5-haiku-latest", "claude-3-5-sonnet-latest"};
  all.push_back(claude);

  all.push_back(local("llama.cpp server", "http://127.0.0.1:8080/v1", "default"));
  all.push_back(local("LM Studio", "http://localhost:1234/v1", "local-model"));
  all.push_back(local("vLLM", "http://localhost:8000/v1", "default"));
  return all;
}

std::optional<ProviderProfile> builtInProfile(std::string_view name) {
  for (auto& profile : builtInProfiles()) {
    if (equalsIgnoreCase(profile.name, name)) return profile;
  }
  return std::nullopt;
}

ProviderProfile defaultProfile() { return builtInProfiles().front(); }

}  // namespace copydesk::llm
