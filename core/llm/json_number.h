#pragma once

#include <cstdint>
#include <optional>

#include "core/common/json.h"

namespace copydesk::llm {

// Whether a double read from a reply converts to int64 (casting one beyond it is undefined behaviour).
inline bool fitsInt64(double value) { return value >= -9.2e18 && value <= 9.2e18; }

// A JSON number as the whole number a token count or choice index is: floats truncated (a server
// that writes 7.0 means 7), integers as they are; nothing for other values or floats beyond int64.
inline std::optional<std::int64_t> wholeNumber(const Json& value) {
  if (value.is_number_integer()) return value.get<std::int64_t>();
  if (value.is_number_float() && fitsInt64(value.get<double>())) return static_cast<std::int64_t>(value.get<double>());
  return std::nullopt;
}

}  // namespace copydesk::llm
