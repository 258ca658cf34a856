#pragma once

#include <nlohmann/json.hpp>

namespace copydesk {

// Key order is kept (source column order matters to the people reading attributes).
using Json = nlohmann::ordered_json;

}  // namespace copydesk
