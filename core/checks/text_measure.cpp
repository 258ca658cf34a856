#include "core/checks/text_measure.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace copydesk {
namespace {

struct UTextCloser {
  void operator()(UText* text) const { utext_close(text); }
};

bool isWide(UChar32 c) {
  const auto eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH;
}

// A cluster is as wide as its widest code point (a wide base with combining marks stays 2).
std::size_t clusterWidth(std::string_view cluster) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(cluster.data());
  const auto length = static_cast<int32_t>(cluster.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && isWide(c)) return 2;
  }
  return 1;
}

// Calls visit(cluster) for each grapheme cluster; false if ICU could not segment the text.
template <class Visit>
bool forEachCluster(std::string_view utf8, Visit visit) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> text(
      utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status));
  std::unique_ptr<icu::BreakIterator> clusters(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_SUCCESS(status)) clusters->setText(text.get(), status);
  if (U_FAILURE(status)) return false;
  int32_t start = 0;
  for (int32_t end = clusters->next(); end != icu::BreakIterator::DONE; end = clusters->next()) {
    visit(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
    start = end;
  }
  return true;
}

// Without ICU's break data every code point is a character of its own.
TextMeasure measureByCodePoint(std::string_view utf8) {
  TextMeasure measure;
  measure.bytes = utf8.size();
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    ++measure.characters;
    measure.width += c >= 0 && isWide(c) ? 2 : 1;
  }
  return measure;
}

}  // namespace

TextMeasure measureText(std::string_view utf8) {
  TextMeasure measure;
  measure.bytes = utf8.size();
  const bool segmented = forEachCluster(utf8, [&](std::string_view cluster) {
    ++measure.characters;
    measure.width += clusterWidth(cluster);
  });
  return segmented ? measure : measureByCodePoint(utf8);
}

std::size_t graphemeCount(std::string_view utf8) { return measureText(utf8).characters; }

}  // namespace copydesk
