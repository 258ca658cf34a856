// The sameness scan's parts: normalisation, shingles, MinHash, LSH banding, the common passage.
#include <catch2/catch.hpp>

#include "core/checks/similarity/common_passage.h"
#include "core/checks/similarity/lsh_bands.h"
#include "core/checks/similarity/min_hash.h"
#include "core/checks/similarity/shingle_text.h"
#include "core/checks/similarity/shingles.h"
#include "core/checks/similarity/utf8_code_points.h"

using namespace copydesk;

namespace {

std::u32string normalized(std::string_view text) { return normalizeForShingles(text).chars; }

}  // namespace

TEST_CASE("normalisation folds case, width, whitespace, punctuation and markup away") {
  CHECK(normalized("Hello,  world") == U"hello world");
  CHECK(normalized("hello world") == U"hello world");
  CHECK(normalized("  ¡HELLO — world!!  ") == U"hello world");
  CHECK(normalized("<p>Hello, <strong>world</strong></p>") == U"hello world");
  CHECK(normalized("ＨＥＬＬＯ　ｗｏｒｌｄ") == U"hello world");  // full-width letters and space
  CHECK(normalized("Straße ÉTÉ") == U"straße été");
  CHECK(normalized("保温杯，真空隔热。") == U"保温杯 真空隔热");
  CHECK(normalized("<p>A &amp; B</p>") == U"a b");
  CHECK(normalizeForShingles("<p>Hi, you</p>").visibleLength == 7);  // "Hi, you" without markup
  CHECK(normalizeForShingles("Hi, you").visibleLength == 7);
}

TEST_CASE("each normalised character knows where it came from in the original text") {
  const ShingleText plain = normalizeForShingles("Hi,  you 好", true);
  REQUIRE(plain.chars == U"hi you 好");
  CHECK(plain.origin == std::vector<std::uint32_t>{0, 1, 2, 5, 6, 7, 8, 9});

  const std::string html = "<p>Hi <b>you</b>&nbsp;&eacute;t&#233;</p><script>var x;</script><p>end</p>";
  const ShingleText marked = normalizeForShingles(html, true);
  REQUIRE(marked.chars == U"hi you été end");
  const std::u32string source = utf8::decode(html);
  auto at = [&](std::size_t i) { return source[marked.origin[i]]; };
  CHECK(at(0) == U'H');
  CHECK(marked.origin[3] == 9);  // "you" after "<b>"
  CHECK(at(7) == U'&');          // é written &eacute;
  CHECK(at(8) == U't');
  CHECK(at(9) == U'&');          // é written &#233;
  CHECK(marked.origin[11] == html.find("end"));  // after the script, which is not text
}

TEST_CASE("shingles: five Latin characters or three Chinese ones") {
  std::vector<std::uint64_t> hashes;
  appendShingleHashes(U"abcdefg", hashes);
  CHECK(hashes.size() == 3);  // abcde, bcdef, cdefg
  hashes.clear();
  appendShingleHashes(U"保温杯真空", hashes);
  CHECK(hashes.size() == 3);  // 保温杯, 温杯真, 杯真空
  hashes.clear();
  appendShingleHashes(U"abc", hashes);
  CHECK(hashes.size() == 1);  // shorter than a shingle: itself
  CHECK(shingleSet(U"abcabcabc") == shingleSet(U"abcabcabc"));
  CHECK(shingleSet(U"abcabcabc").size() == 3);  // abcab, bcabc, cabca
  CHECK(jaccard(shingleSet(U"hello world"), shingleSet(U"hello world")) == 1.0);
  CHECK(jaccard(shingleSet(U"hello world"), shingleSet(U"zzzzzzzzzz")) == 0.0);
  // 7 shingles each, 3 in common ("hello", "ello ", "llo w"): 3 / 11.
  CHECK(jaccard(shingleSet(U"hello world"), shingleSet(U"hello wxyzw")) == Approx(3.0 / 11));
}

TEST_CASE("MinHash signatures agree about as often as the shingle sets overlap") {
  // Sets of 400 hashes sharing `common` of them: Jaccard common / (800 - common).
  auto set = [](std::uint64_t offset, std::uint64_t count) {
    std::vector<std::uint64_t> hashes;
    for (std::uint64_t i = 0; i < count; ++i) hashes.push_back((offset + i) * 0x9E3779B97F4A7C15ULL);
    return hashes;
  };
  for (std::uint64_t common : {400u, 300u, 200u, 100u}) {
    const auto a = set(0, 400);
    const auto b = set(400 - common, 400);
    const double exact = static_cast<double>(common) / static_cast<double>(800 - common);
    CHECK(estimatedSimilarity(minHash(a), minHash(b)) == Approx(exact).margin(0.15));
  }
  // Few shingles leave most bins empty; they borrow from filled ones alike for both texts.
  CHECK(estimatedSimilarity(minHash(set(0, 5)), minHash(set(0, 5))) == 1.0);
  CHECK(mayReach(0.7, 0.7));
  CHECK(mayReach(0.55, 0.7));
  CHECK_FALSE(mayReach(0.45, 0.7));
}

TEST_CASE("LSH bands: the most rows whose S-curve keeps a pair at the threshold a candidate") {
  const LshBands at70 = chooseLshBands(0.7);
  CHECK(at70.bands == 25);
  CHECK(at70.rows == 5);
  CHECK(lshCandidateProbability(0.7, at70) >= kLshRecallAtThreshold);
  CHECK(lshCandidateProbability(0.7, {21, 6}) < 0.95);
  CHECK(lshCandidateProbability(0.1, at70) < 0.001);
  for (double t : {0.3, 0.5, 0.8, 0.9, 0.95, 1.0}) {
    const LshBands b = chooseLshBands(t);
    CHECK(b.bands * b.rows <= kMinHashSize);
    CHECK(lshCandidateProbability(t, b) >= kLshRecallAtThreshold);
  }
}

TEST_CASE("the longest common passage") {
  auto check = [](std::u32string_view a, std::u32string_view b, std::u32string_view expected) {
    const CommonPassage p = longestCommonPassage(a, b);
    CHECK(std::u32string(a.substr(p.startA, p.length)) == std::u32string(expected));
    CHECK(std::u32string(b.substr(p.startB, p.length)) == std::u32string(expected));
  };
  check(U"the quick brown fox", U"a quick brown dog", U" quick brown ");
  check(U"abc", U"xyz", U"");
  check(U"same text", U"same text", U"same text");
  check(U"这款保温杯采用不锈钢内胆", U"全新这款保温杯采用陶瓷内胆", U"这款保温杯采用");
  const CommonPassage first = longestCommonPassage(U"ab xy ab", U"ab");
  CHECK(first.startA == 0);  // the earliest of equals in a
  CHECK(longestCommonPassage(U"", U"abc").length == 0);
}
