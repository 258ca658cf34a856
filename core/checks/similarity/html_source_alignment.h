#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace copydesk {

// Where each code point of HtmlToText's output sits in the HTML it came from, as an index in code
// points of the HTML, so that a passage found in the text can be shown in the original copy.
// The text is matched in order against what the HTML renders (outside tags, comments, scripts and
// styles; an entity counts as one character matching anything), comparing folded characters
// (foldForShingles). Whitespace and punctuation the converter added or changed map to the
// position of the next character matched.
std::vector<std::uint32_t> alignToHtmlSource(std::u32string_view text, std::string_view html);

}  // namespace copydesk
