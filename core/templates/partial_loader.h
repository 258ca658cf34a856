#pragma once

#include <functional>
#include <optional>
#include <string>

namespace copydesk {

// Gives the text of the partial (or parent) template called name, or nothing when there is none
// (the spec renders a missing partial as the empty string; the renderer also warns about it).
using PartialLoader = std::function<std::optional<std::string>(const std::string& name)>;

}  // namespace copydesk
