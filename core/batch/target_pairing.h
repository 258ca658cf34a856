#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/batch/batch_slot.h"
#include "core/common/result.h"
#include "core/llm/provider_profile.h"

namespace copydesk::batch {

// "qwen2.5, llama3.1,," → {"qwen2.5", "llama3.1"}: models as a user lists them, comma-separated.
std::vector<std::string> modelList(std::string_view commaSeparated);

// Which profile writes with which model, the one rule of `copydesk-cli generate --profile … --model …`
// and the Write page's profile menu and Model box:
// - one profile writes once with each model listed, or with its default model when none is;
// - several profiles pair with the models in order (the n-th profile with the n-th model), or
//   each uses its default model when none is listed.
// Several profiles with a different number of models is InvalidInput. An empty model in a target
// means the profile's (or the template's) default, filled in by the planner.
Result<std::vector<BatchTarget>> pairTargets(const std::vector<llm::ProviderProfile>& profiles,
                                             const std::vector<std::string>& models);

}  // namespace copydesk::batch
