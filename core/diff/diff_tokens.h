#pragma once

#include <string_view>
#include <vector>

namespace copydesk {

// Splits UTF-8 text into the units a word diff compares: a run of letters and digits (a Latin,
// Cyrillic… word), a run of whitespace, and on its own each punctuation mark, symbol, emoji and
// each CJK character (Chinese and Japanese have no spaces, so one changed character must not
// turn the whole sentence into a change). Tokens never split a user-perceived character and
// concatenate back to the input byte for byte (malformed bytes included).
std::vector<std::string_view> diffTokens(std::string_view utf8);

}  // namespace copydesk
