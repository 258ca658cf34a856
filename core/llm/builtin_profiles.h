#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/llm/provider_profile.h"

namespace copydesk::llm {

// Ready profiles with their usual base URLs: OpenAI, Azure OpenAI, DeepSeek, Qwen (DashScope
// compatible), Moonshot, Zhipu, OpenRouter, Anthropic, Ollama (local, the default), llama.cpp
// server, LM Studio, vLLM. Local ones need no key.
std::vector<ProviderProfile> builtInProfiles();
std::optional<ProviderProfile> builtInProfile(std::string_view name);  // case-insensitive
ProviderProfile defaultProfile();                                      // Ollama (local)

}  // namespace copydesk::llm
