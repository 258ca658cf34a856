#include "core/checks/rules/words.h"

#include <unicode/utf8.h>

namespace copydesk {
namespace {

bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::vector<Word> latinWords(std::string_view text) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!isLetter(text[i]) && !isDigit(text[i])) {
      ++i;
      continue;
    }
    Word word;
    word.start = i;
    while (i < text.size()) {
      const char c = text[i];
      if (isLetter(c)) {
        ++word.letters;
        if (c >= 'a' && c <= 'z') word.upper = false;
      } else if (!isDigit(c)) {
        // An apostrophe between letters stays inside the word.
        const bool inner = c == '\'' && i + 1 < text.size() && isLetter(text[i + 1]) && i > word.start;
        if (!inner) break;
      }
      ++i;
    }
    word.end = i;
    words.push_back(word);
  }
  return words;
}

bool isIdeograph(int c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

std::size_t textUnits(std::string_view text) {
  std::size_t units = latinWords(text).size();
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    units += isIdeograph(c);
  }
  return units;
}

}  // namespace copydesk
