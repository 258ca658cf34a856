#pragma once

#include <string>
#include <string_view>

namespace copydesk {

// Text for plain-text columns (Amazon's): HTML is parsed (gumbo), scripts and styles dropped,
// entities decoded, and block elements (p, li, h1-h6, tr, div…) and <br> become line breaks.
// Text without markup passes through with its line breaks. The result has no leading or trailing
// blank lines, at most one blank line in a row, and "\n" line ends.
class HtmlToText final {
 public:
  static std::string convert(std::string_view copy);
  // The converted text on one line: line breaks become `separator` (" " for titles and bullets,
  // "<br>" for Amazon descriptions, whose only allowed markup it is).
  static std::string joinLines(std::string_view text, std::string_view separator);
};

}  // namespace copydesk
