#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace copydesk {

// A Latin word of a text: bytes [start, end), ASCII letters and digits with inner apostrophes
// ("don't"). Chinese has no words to split; the rules that count words count Latin ones.
struct Word {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t letters = 0;  // how many of its characters are letters (the rest are digits or ')
  bool upper = true;        // no lower-case letter
};

std::vector<Word> latinWords(std::string_view text);

bool isIdeograph(int codePoint);  // a CJK unified ideograph (the Chinese characters a length counts)
// How much text there is, in the units the readability rules count: each Chinese character and
// each Latin word is one.
std::size_t textUnits(std::string_view text);

}  // namespace copydesk
