#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// The text the sameness scan compares: what a reader sees, folded so that case, full-width forms,
// markup, whitespace and punctuation do not make two copies look different. "Hello,  world" and
// "<p>HELLO world!</p>" both read "hello world"; "保温杯，真空" reads "保温杯 真空".
struct ShingleText {
  std::u32string chars;  // letters, marks and digits, case-folded; every run of anything else is one ' '
  // For each of chars: the index (in code points) of the character of the ORIGINAL text it came
  // from; filled only when asked for (the passage of a reported pair needs it, the scan does not).
  std::vector<std::uint32_t> origin;
  std::size_t visibleLength = 0;  // code points a reader sees: the text, or the HTML's text without markup
};

// HTML (HtmlSanitizer::looksLikeHtml) is read through HtmlToText first.
ShingleText normalizeForShingles(std::string_view text, bool withOrigin = false);

// One code point as the scan compares it: case-folded letter, mark or digit (full-width ASCII as
// ASCII), or 0 for whitespace, punctuation, symbols and anything else that separates words.
char32_t foldForShingles(char32_t c);

}  // namespace copydesk
