#include <catch2/catch.hpp>

#include "core/diff/text_diff.h"

using namespace copydesk;
using Segments = std::vector<DiffSegment>;

namespace {

DiffSegment eq(std::string text) { return {DiffKind::Equal, std::move(text)}; }
DiffSegment ins(std::string text) { return {DiffKind::Insert, std::move(text)}; }
DiffSegment del(std::string text) { return {DiffKind::Delete, std::move(text)}; }

void checkRoundTrip(const std::string& before, const std::string& after) {
  const auto segments = diffWords(before, after);
  CHECK(beforeText(segments) == before);
  CHECK(afterText(segments) == after);
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<DiffSegment> {
  static std::string convert(const DiffSegment& s) {
    const char* kind = s.kind == DiffKind::Equal ? "=" : s.kind == DiffKind::Insert ? "+" : "-";
    return std::string(kind) + "\"" + s.text + "\"";
  }
};
}  // namespace Catch

TEST_CASE("a changed word is one deletion and one insertion between equal text") {
  CHECK(diffWords("Fresh green tea from Hangzhou", "Fresh spring tea from Hangzhou") ==
        Segments{eq("Fresh "), del("green"), ins("spring"), eq(" tea from Hangzhou")});
}

TEST_CASE("a word is never partly equal") {
  // "tea" and "teapot" share letters but not a word.
  CHECK(diffWords("a tea set", "a teapot set") == Segments{eq("a "), del("tea"), ins("teapot"), eq(" set")});
}

TEST_CASE("insertions and deletions at the ends") {
  CHECK(diffWords("", "new text") == Segments{ins("new text")});
  CHECK(diffWords("old text", "") == Segments{del("old text")});
  CHECK(diffWords("", "") == Segments{});
  CHECK(diffWords("same", "same") == Segments{eq("same")});
  CHECK(diffWords("tea", "tea, hand-picked") == Segments{eq("tea"), ins(", hand-picked")});
  CHECK(diffWords("Organic tea", "tea") == Segments{del("Organic "), eq("tea")});
}

TEST_CASE("Chinese text differs character by character") {
  CHECK(diffWords("西湖龙井，明前采摘。", "西湖龙井，雨前采摘。") ==
        Segments{eq("西湖龙井，"), del("明"), ins("雨"), eq("前采摘。")});
  CHECK(diffWords("口感清香", "口感清香甘醇") == Segments{eq("口感清香"), ins("甘醇")});
  CHECK(diffWords("龙井 Dragon Well 绿茶", "龙井 Longjing 绿茶") ==
        Segments{eq("龙井 "), del("Dragon Well"), ins("Longjing"), eq(" 绿茶")});
}

TEST_CASE("several changes keep their order and read as replacements") {
  const auto segments = diffWords("the quick brown fox", "a quick red fox jumps");
  CHECK(segments == Segments{del("the"), ins("a"), eq(" quick "), del("brown"), ins("red"), eq(" fox"),
                             ins(" jumps")});
}

TEST_CASE("the segments give back both texts exactly") {
  checkRoundTrip("Hand-picked 西湖龙井 green tea.\n\n- 50 g tin\n- 明前", "Hand picked 龙井 tea!\n- 100 g tin\n- 雨前 👍🏽");
  checkRoundTrip("a b c d e f g", "g f e d c b a");
  checkRoundTrip("bad \xFF bytes", "bad \xFE bytes");
  checkRoundTrip("  leading and trailing  ", "leading and trailing");
  std::string longBefore, longAfter;
  for (int i = 0; i < 3000; ++i) {
    longBefore += "word" + std::to_string(i) + " 茶 ";
    longAfter += (i % 7 == 0 ? "changed" : "word") + std::to_string(i) + (i % 11 == 0 ? " 叶 " : " 茶 ");
  }
  checkRoundTrip(longBefore, longAfter);
  checkRoundTrip(longBefore, "");
}
