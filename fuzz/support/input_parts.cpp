#include "fuzz/support/input_parts.h"

namespace copydesk::fuzz {

std::uint8_t takeOptions(std::string_view& text) {
  if (text.empty()) return 0;
  const auto options = static_cast<std::uint8_t>(text.front());
  text.remove_prefix(1);
  return options;
}

std::vector<std::string_view> splitParts(std::string_view text, char separator, std::size_t max) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max) {
    const std::size_t at = text.find(separator);
    if (at == std::string_view::npos) break;
    parts.push_back(text.substr(0, at));
    text.remove_prefix(at + 1);
  }
  parts.push_back(text);
  return parts;
}

}  // namespace copydesk::fuzz
