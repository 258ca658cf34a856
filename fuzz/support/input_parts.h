#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace copydesk::fuzz {

// The fuzz input as text.
inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Takes the first byte as option bits (0 when the input is empty) and leaves the rest in `text`.
std::uint8_t takeOptions(std::string_view& text);

// Splits on `separator` into at most `max` parts (the last keeps any further separators). Targets
// that need several texts (a template, its data and partials) read them this way, so a seed is
// still a readable file: the parts are separated by the ASCII record separator, 0x1E.
std::vector<std::string_view> splitParts(std::string_view text, char separator = '\x1e', std::size_t max = 16);

}  // namespace copydesk::fuzz
