#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace copydesk {

// Character shingles: from every code point of the normalised text (ShingleText), the shortest
// run of code points weighing kShingleLength, where a CJK character (Han, kana, Hangul) weighs 2
// and any other 1: five Latin letters, spaces or digits, three Chinese characters. Hashed with
// xxHash (XXH3, 64 bits).
//
// Why 5: a shingle has to be rarer than a word's pieces, or unrelated copy about the same kind of
// product looks alike, and short, so that one changed word touches few shingles. On the generated
// catalogue (bench/similarity_bench --shingle-lengths: 600-character texts; unrelated pairs, and
// rewrites with one word in ten replaced) English unrelated pairs score 0.23 at 3 code points,
// 0.11 at 4, 0.045 at 5, 0.020 at 6, while a rewrite keeps 0.84, 0.81, 0.79, 0.75: 5 is where the
// unrelated score is near zero and a rewrite still sits well above the default threshold of 0.7.
//
// Why a CJK character weighs 2: measured with the same 5 code points, Chinese rewrites score 0.61
// against English's 0.79. A Chinese word is two characters where an English one is five or six
// plus a space, so replacing a word breaks about three times its length in shingles in Chinese and
// under twice in English, and one threshold would mean "one word in ten" in English but "one in
// sixteen" in Chinese. With three-character Chinese shingles the rewrite scores 0.71 (English 0.77)
// and unrelated Chinese copy stays at 0.007: one threshold means about the same in both languages,
// and a mixed-language text needs no switching.
inline constexpr std::size_t kShingleLength = 5;

// A code point's weight in a shingle: 2 for CJK ideographs, kana and Hangul, else 1.
std::size_t shingleWeight(char32_t c);

// Every shingle's hash, in text order, repeats kept (MinHash does not mind them). A text lighter
// than one shingle is one shingle of itself; an empty text has none.
void appendShingleHashes(std::u32string_view text, std::vector<std::uint64_t>& out);

// The distinct shingle hashes, sorted: the set exact Jaccard similarity is measured on.
std::vector<std::uint64_t> shingleSet(std::u32string_view text);

// |A ∩ B| / |A ∪ B| of two sorted sets; 0 when both are empty.
double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

}  // namespace copydesk
