#include "core/review/live_copy.h"

#include <cctype>

namespace copydesk {
namespace {

std::string fieldKey(const std::string& name) {
  std::string key;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c >= 0x80) key += static_cast<char>(std::tolower(c));
  }
  return key;
}

// Source columns hold strings; a JSON import may hold a list (bullets) or a number.
std::string attributeText(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string text;
    for (const Json& item : value) {
      if (!text.empty()) text += '\n';
      text += item.is_string() ? item.get<std::string>() : item.dump();
    }
    return text;
  }
  if (value.is_null()) return {};
  return value.dump();
}

}  // namespace

std::string liveCopy(const Product& product, const std::string& field) {
  const std::string key = fieldKey(field);
  if (key == "title") return product.title;
  if (key == "description") return product.description;
  if (!product.attributes.is_object()) return {};
  for (const auto& [name, value] : product.attributes.items()) {
    if (fieldKey(name) == key) return attributeText(value);
  }
  return {};
}

}  // namespace copydesk
