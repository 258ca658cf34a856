#pragma once

#include <string>
#include <string_view>

namespace copydesk {

// Turns copy into HTML that is safe to hand to a shop (parsed with gumbo, never with regexes).
// Kept: p, br, ul, ol, li, strong, em, b, i, h2-h4, a (href http, https or mailto only), table,
// thead, tbody, tr, th, td. Dropped with their content: script, style, iframe, object, embed,
// form (and other dangerous containers). Unknown elements are unwrapped (their text stays).
// Every attribute other than a safe href is dropped: on* handlers, style, src…
class HtmlSanitizer final {
 public:
  static std::string sanitize(std::string_view html);

  // Copy without markup (what writers usually type): escaped, blank-line separated paragraphs in
  // <p>, single line breaks as <br>. Text that holds tags goes through sanitize() instead.
  static std::string toHtml(std::string_view copy);
  static bool looksLikeHtml(std::string_view text);
  static void appendEscaped(std::string& out, std::string_view text, bool attribute);
};

}  // namespace copydesk
