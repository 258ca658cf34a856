#pragma once

#include <string>
#include <string_view>

namespace copydesk {

// Two questions count as one (per product) when their keys are equal or similar at least this much.
// Questions are a sentence long, so one changed word moves a lot of their pairs: "这个杯子能不能放洗碗机"
// and "这个杯子能放洗碗机吗" score 0.73, "How long does it keep drinks hot" and "… hot for?" 0.90, while
// "What size is the small one?" and "… the large one?" stay at 0.64, "Does it come in blue?" and
// "… in red?" at 0.67: asked about another thing, a question stays a question of its own.
inline constexpr double kQuestionDuplicateThreshold = 0.7;

// The question as compared: case-folded, full-width forms as ASCII, punctuation, symbols and
// whitespace runs as one space, none at either end (the sameness scan's folding, ShingleText), and
// no space next to a Chinese (CJK) character.
// "Is it dishwasher-safe?" and "IS IT DISHWASHER SAFE" both read "is it dishwasher safe";
// "这个杯子，能放洗碗机吗？" reads "这个杯子能放洗碗机吗".
std::string questionKey(std::string_view question);

// Jaccard similarity of the two keys' code-point pairs (a key of one code point is itself):
// 1 for equal keys, 0 when either is empty. Pairs rather than the scan's longer shingles, because a
// question is short and Chinese words are two characters.
double questionSimilarity(std::string_view keyA, std::string_view keyB);

}  // namespace copydesk
