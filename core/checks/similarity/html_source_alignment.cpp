#include "core/checks/similarity/html_source_alignment.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>

#include "core/checks/similarity/shingle_text.h"
#include "core/checks/similarity/utf8_code_points.h"

namespace copydesk {
namespace {

constexpr char32_t kAnything = 0xFFFFFFFF;  // an entity we do not decode matches any character
constexpr std::size_t kWindow = 64;         // how far ahead a character is looked for before giving up on it

// A character of the HTML a reader sees: folded, and where it is (code points into the HTML).
struct Rendered {
  char32_t folded;
  std::uint32_t at;
};

bool asciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char32_t lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }
int hexValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (lower(c) >= 'a' && lower(c) <= 'f') return static_cast<int>(lower(c) - 'a') + 10;
  return -1;
}

// Whether html[at…] starts with `word`, ignoring ASCII case.
bool startsWith(const std::u32string& html, std::size_t at, std::string_view word) {
  if (at + word.size() > html.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(html[at + i]) != static_cast<char32_t>(word[i])) return false;
  }
  return true;
}

// Elements whose content HtmlToText leaves out (its invisible()).
constexpr std::array<std::string_view, 11> kHidden = {"script", "style", "head", "title", "iframe", "object",
                                                      "embed", "template", "noscript", "svg", "math"};

// The end of the tag starting at `at` ('<'): one past its '>', quotes in attributes respected.
std::size_t tagEnd(const std::u32string& html, std::size_t at) {
  char32_t quote = 0;
  for (std::size_t i = at + 1; i < html.size(); ++i) {
    const char32_t c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return html.size();
}

// One past the end of a tag, or of a whole hidden element (script, style…) when it opens one.
std::size_t skipMarkup(const std::u32string& html, std::size_t at) {
  if (startsWith(html, at, "<!--")) {
    for (std::size_t i = at + 4; i + 2 < html.size(); ++i) {
      if (html[i] == '-' && html[i + 1] == '-' && html[i + 2] == '>') return i + 3;
    }
    return html.size();
  }
  const std::size_t end = tagEnd(html, at);
  for (std::string_view name : kHidden) {
    if (!startsWith(html, at + 1, name)) continue;
    const std::size_t after = at + 1 + name.size();
    if (after < html.size() && (asciiLetter(html[after]) || html[after] == '-')) continue;  // <styled-box>
    if (end >= 2 && html[end - 2] == '/') return end;                                       // <svg … />
    for (std::size_t i = end; i < html.size(); ++i) {
      if (html[i] == '<' && i + 1 < html.size() && html[i + 1] == '/' && startsWith(html, i + 2, name)) {
        return tagEnd(html, i);
      }
    }
    return html.size();
  }
  return end;
}

// An entity at `at` ('&'): its length and the character it stands for (kAnything for a named
// letter we do not decode, 0 for punctuation and spaces), or length 0 when it is not one.
std::pair<std::size_t, char32_t> entity(const std::u32string& html, std::size_t at) {
  std::size_t i = at + 1;
  const bool numeric = i < html.size() && html[i] == '#';
  const bool hex = numeric && i + 1 < html.size() && (html[i + 1] == 'x' || html[i + 1] == 'X');
  i += numeric ? (hex ? 2 : 1) : 0;
  const std::size_t digits = i;
  char32_t value = 0;
  std::string name;
  for (; i < html.size() && i - digits <= 32; ++i) {
    const char32_t c = html[i];
    if (c == ';') break;
    if (hex && hexValue(c) >= 0) value = value * 16 + static_cast<char32_t>(hexValue(c));
    else if (numeric && !hex && c >= '0' && c <= '9') value = value * 10 + (c - '0');
    else if (!numeric && (asciiLetter(c) || (c >= '0' && c <= '9'))) name += static_cast<char>(lower(c));
    else return {0, 0};
    if (value > 0x10FFFF) return {0, 0};
  }
  if (i >= html.size() || html[i] != ';' || i == digits) return {0, 0};
  if (numeric) return {i + 1 - at, foldForShingles(value)};
  static const std::array<std::string_view, 20> kPunctuation = {
      "amp", "lt", "gt", "quot", "apos", "nbsp", "mdash", "ndash", "hellip", "rsquo", "lsquo",
      "ldquo", "rdquo", "copy", "reg", "trade", "bull", "middot", "times", "ensp"};
  const bool punctuation = std::find(kPunctuation.begin(), kPunctuation.end(), name) != kPunctuation.end();
  return {i + 1 - at, punctuation ? 0 : kAnything};
}

// The letters, marks and digits of the HTML as rendered, in order.
std::vector<Rendered> renderedCharacters(const std::u32string& html) {
  std::vector<Rendered> out;
  out.reserve(html.size());
  std::size_t i = 0;
  while (i < html.size()) {
    const char32_t c = html[i];
    if (c == '<' && i + 1 < html.size() && (asciiLetter(html[i + 1]) || html[i + 1] == '/' || html[i + 1] == '!')) {
      i = skipMarkup(html, i);
      continue;
    }
    if (c == '&') {
      const auto [length, stands] = entity(html, i);
      if (length > 0) {
        if (stands != 0) out.push_back({stands, static_cast<std::uint32_t>(i)});
        i += length;
        continue;
      }
    }
    const char32_t folded = foldForShingles(c);
    if (folded != 0) out.push_back({folded, static_cast<std::uint32_t>(i)});
    ++i;
  }
  return out;
}

}  // namespace

std::vector<std::uint32_t> alignToHtmlSource(std::u32string_view text, std::string_view html) {
  const std::u32string source = utf8::decode(html);
  const std::vector<Rendered> rendered = renderedCharacters(source);
  const auto sourceEnd = static_cast<std::uint32_t>(source.size());
  std::vector<std::uint32_t> at(text.size(), sourceEnd);
  std::vector<std::size_t> waiting;  // separators, placed at the next character matched
  std::size_t next = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t folded = foldForShingles(text[i]);
    if (folded == 0) {
      waiting.push_back(i);
      continue;
    }
    const std::size_t stop = std::min(rendered.size(), next + kWindow);
    std::size_t found = stop;
    for (std::size_t k = next; k < stop; ++k) {
      if (rendered[k].folded == folded || rendered[k].folded == kAnything) {
        found = k;
        break;
      }
    }
    // Not found near: keep the place (the converter changed this character) and go on.
    at[i] = found < stop ? rendered[found].at : (next < rendered.size() ? rendered[next].at : sourceEnd);
    if (found < stop) next = found + 1;
    for (std::size_t w : waiting) at[w] = at[i];
    waiting.clear();
  }
  return at;
}

}  // namespace copydesk
