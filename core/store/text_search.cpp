#include "core/store/text_search.h"

namespace copydesk {

std::string ftsPhrase(const std::string& text) {
  std::string phrase = "\"";
  for (char c : text) {
    if (c == '"') phrase += '"';
    phrase += c;
  }
  return phrase + "\"";
}

std::string likeSubstring(const std::string& text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

bool trigramIndexCanMatch(const std::string& text) {
  size_t codePoints = 0;
  for (unsigned char c : text) codePoints += (c & 0xC0) != 0x80;
  return codePoints >= 3;
}

}  // namespace copydesk
