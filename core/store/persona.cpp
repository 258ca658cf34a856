#include "core/store/persona.h"

namespace copydesk {

std::string personaKey(const std::string& name) {
  std::string key;
  bool pendingSeparator = false;
  for (unsigned char c : name) {
    const bool keep = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!keep) {
      pendingSeparator = !key.empty();
      continue;
    }
    if (pendingSeparator) key += '_';
    pendingSeparator = false;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return key;
}

}  // namespace copydesk
