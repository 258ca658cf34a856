#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/llm/provider_profile.h"

namespace copydesk::llm {

// Where a request's API key comes from: the key for this profile, or nullopt / "" for none. Called
// once per request, on the thread that makes it (a GUI thread, a batch worker): it must be
// thread-safe and must not block (no keychain round trip — answer from a cache).
using ApiKeySource = std::function<std::optional<std::string>(const ProviderProfile&)>;

// The default source: the profile's apiKeyEnv variable, read at the call (the CLI's way). Nothing in
// Copydesk sets a key variable, so this read never races with a writer.
std::optional<std::string> environmentKey(const ProviderProfile& profile);

// source(profile), or environmentKey(profile) when there is no source; "" for none.
std::string keyFrom(const ApiKeySource& source, const ProviderProfile& profile);

}  // namespace copydesk::llm
