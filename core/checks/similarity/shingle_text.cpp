#include "core/checks/similarity/shingle_text.h"

#include <unicode/uchar.h>

#include "core/checks/similarity/html_source_alignment.h"
#include "core/checks/similarity/utf8_code_points.h"
#include "core/export/html_sanitizer.h"
#include "core/export/html_to_text.h"

namespace copydesk {
namespace {

constexpr char32_t kSeparator = 0;

// Appends the folded text. Every run of separators becomes one ' ' between words (none at the
// ends), remembered as coming from the run's first character.
void appendFolded(std::string_view text, bool withOrigin, ShingleText& out) {
  std::uint32_t index = 0;
  bool gap = false;
  std::uint32_t gapStart = 0;
  utf8::forEachCodePoint(text, [&](char32_t c) {
    const char32_t folded = foldForShingles(c);
    if (folded == kSeparator) {
      if (!gap) gapStart = index;
      gap = true;
    } else {
      if (gap && !out.chars.empty()) {
        out.chars.push_back(U' ');
        if (withOrigin) out.origin.push_back(gapStart);
      }
      gap = false;
      out.chars.push_back(folded);
      if (withOrigin) out.origin.push_back(index);
    }
    ++index;
  });
  out.visibleLength = index;
}

}  // namespace

char32_t foldForShingles(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return c;
    return kSeparator;
  }
  if (c >= 0xFF01 && c <= 0xFF5E) return foldForShingles(c - 0xFEE0);  // full-width ASCII reads as ASCII
  const auto category = static_cast<std::uint32_t>(U_GET_GC_MASK(static_cast<UChar32>(c)));
  if ((category & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) == 0) return kSeparator;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

ShingleText normalizeForShingles(std::string_view text, bool withOrigin) {
  ShingleText out;
  if (!HtmlSanitizer::looksLikeHtml(text)) {
    out.chars.reserve(text.size());
    appendFolded(text, withOrigin, out);
    return out;
  }
  // Markup is not copy: two descriptions that differ only in their tags say the same thing.
  const std::string plain = HtmlToText::convert(text);
  appendFolded(plain, withOrigin, out);
  if (withOrigin) {
    const std::vector<std::uint32_t> inHtml = alignToHtmlSource(utf8::decode(plain), text);
    for (std::uint32_t& at : out.origin) at = inHtml[at];
  }
  return out;
}

}  // namespace copydesk
