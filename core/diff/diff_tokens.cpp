#include "core/diff/diff_tokens.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace copydesk {
namespace {

enum class TokenClass { Word, Space, Single };

bool isCjk(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_BOPOMOFO:
      return true;
    default:
      return false;
  }
}

TokenClass classify(UChar32 c) {
  if (c < 0) return TokenClass::Single;  // a malformed byte
  if (u_isUWhiteSpace(c)) return TokenClass::Space;
  if (isCjk(c)) return TokenClass::Single;
  if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_isdigit(c) || c == U'_') return TokenClass::Word;
  return TokenClass::Single;
}

// The first code point of a grapheme cluster decides its class.
UChar32 firstCodePoint(std::string_view text, std::size_t at) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(bytes, i, static_cast<int32_t>(text.size()), c);
  return c;
}

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

// Grapheme cluster boundaries as byte offsets; every code point on its own if ICU fails.
std::vector<std::size_t> clusterEnds(std::string_view utf8) {
  std::vector<std::size_t> ends;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> text(
      utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
  std::unique_ptr<icu::BreakIterator> clusters(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_SUCCESS(status)) clusters->setText(text.get(), status);
  if (U_FAILURE(status)) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
      U8_FWD_1(bytes, i, length);
      ends.push_back(static_cast<std::size_t>(i));
    }
    return ends;
  }
  for (int32_t end = clusters->next(); end != icu::BreakIterator::DONE; end = clusters->next())
    ends.push_back(static_cast<std::size_t>(end));
  return ends;
}

}  // namespace

std::vector<std::string_view> diffTokens(std::string_view utf8) {
  std::vector<std::string_view> tokens;
  std::size_t tokenStart = 0;
  std::size_t clusterStart = 0;
  TokenClass previous = TokenClass::Single;
  for (std::size_t end : clusterEnds(utf8)) {
    const TokenClass current = classify(firstCodePoint(utf8, clusterStart));
    const bool joins = clusterStart > tokenStart && current == previous && current != TokenClass::Single;
    if (!joins && clusterStart > tokenStart) {
      tokens.push_back(utf8.substr(tokenStart, clusterStart - tokenStart));
      tokenStart = clusterStart;
    }
    previous = current;
    clusterStart = end;
  }
  if (utf8.size() > tokenStart) tokens.push_back(utf8.substr(tokenStart));
  return tokens;
}

}  // namespace copydesk
