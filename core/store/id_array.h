#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace copydesk {

// Ids as one JSON array text, bound to `IN (SELECT value FROM json_each(?))`: one statement
// whatever the number of ids.
inline std::string idArray(std::span<const std::int64_t> ids) {
  std::string text = "[";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) text += ',';
    text += std::to_string(ids[i]);
  }
  return text + "]";
}

}  // namespace copydesk
