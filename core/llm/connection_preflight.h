#pragma once

#include <optional>
#include <string>

#include "core/common/error.h"
#include "core/llm/provider_profile.h"

namespace copydesk::llm {

// What must hold before anything is sent to a profile's server: an absolute http(s) base URL
// (InvalidInput), a key where one is needed (Auth; servers on this machine need none), and no key
// over plain http:// to another machine unless the profile allows it (InvalidInput, naming the
// profile and how to allow it). nullopt: go ahead. key: what the request would carry ("" = none).
std::optional<Error> connectionPreflight(const ProviderProfile& profile, const std::string& key);

}  // namespace copydesk::llm
