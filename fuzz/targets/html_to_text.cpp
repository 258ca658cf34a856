// HtmlToText, which turns HTML descriptions into the plain text of Amazon's columns and the
// checks' fact sheets: convert() (gumbo; scripts and styles dropped, entities decoded, blocks and
// <br> as line breaks) and joinLines().
//
// Input: the copy. Checks the header's promise on the result: no leading or trailing blank line,
// never two blank lines in a row, no CRLF line ends.
#include <cstdint>
#include <string>

#include "core/export/html_to_text.h"
#include "fuzz/support/fuzz_check.h"
#include "fuzz/support/input_parts.h"

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view copy = fuzz::asText(data, size);
  const std::string text = HtmlToText::convert(copy);
  fuzz::require(text.find("\r\n") == std::string::npos, "a CRLF line end in the text", text);
  fuzz::require(text.find("\n\n\n") == std::string::npos, "two blank lines in a row", text);
  fuzz::require(text.empty() || (text.front() != '\n' && text.back() != '\n'), "a leading or trailing line break", text);
  (void)HtmlToText::joinLines(text, " ");
  (void)HtmlToText::joinLines(text, "<br>");
  return 0;
}
