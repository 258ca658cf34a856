// The sameness scan against the exact all-pairs scan on a 5,000-text sample: recall at the
// threshold, precision, and the same-product rule.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

#include "bench/similar_text_generator.h"
#include "core/checks/similarity/exact_similar_pairs.h"
#include "core/checks/similarity/shingle_text.h"
#include "core/checks/similarity/shingles.h"
#include "core/checks/similarity/similar_texts.h"

using namespace copydesk;
using bench::SimilarTextGenerator;
using Language = SimilarTextGenerator::Language;

namespace {

struct Sample {
  std::vector<SimilarItem> items;  // draftId = index + 1, so a pair names its indices
  std::vector<bool> chinese;       // the text has Chinese in it
};

// 5,000 texts of 120-400 code points: 700 planted groups (an original and 1-3 rewrites with 0-20%
// of the words changed, which spreads their similarities across the threshold) in English,
// Chinese or both, a few rewrites written for the same product as their original (a second
// draft), some as HTML, and unrelated texts for the rest; shuffled.
Sample recallSample() {
  SimilarTextGenerator generator(2024);
  auto& random = generator.random();
  std::vector<std::pair<SimilarItem, bool>> texts;
  std::int64_t product = 0;
  auto add = [&](const SimilarTextGenerator::Text* en, const SimilarTextGenerator::Text* zh, std::int64_t productId) {
    const bool html = random() % 6 == 0;
    std::string text = en ? generator.render(*en, html) : "";
    if (zh) text += (text.empty() ? "" : " ") + generator.render(*zh, html);
    texts.push_back({SimilarItem{.productId = productId, .sku = "P-" + std::to_string(productId),
                                 .field = "description", .text = text},
                     zh != nullptr});
  };
  for (int group = 0; group < 700; ++group) {
    const int kind = group % 10;  // 0-3 English, 4-7 Chinese, 8-9 both
    const std::size_t length = 120 + random() % 281;
    std::optional<SimilarTextGenerator::Text> en;
    std::optional<SimilarTextGenerator::Text> zh;
    if (kind <= 3) en = generator.text(Language::English, length);
    else if (kind <= 7) zh = generator.text(Language::Chinese, length);
    else en = generator.text(Language::English, length * 3 / 5), zh = generator.text(Language::Chinese, length * 2 / 5);
    const std::int64_t original = ++product;
    add(en ? &*en : nullptr, zh ? &*zh : nullptr, original);
    const int copies = 1 + static_cast<int>(random() % 3);
    for (int copy = 0; copy < copies; ++copy) {
      const double changed = static_cast<double>(random() % 2001) / 10000.0;
      std::optional<SimilarTextGenerator::Text> en2;
      std::optional<SimilarTextGenerator::Text> zh2;
      if (en) en2 = generator.rewrite(*en, changed);
      if (zh) zh2 = generator.rewrite(*zh, changed);
      const bool sameProduct = group % 7 == 0 && copy == 0;
      add(en2 ? &*en2 : nullptr, zh2 ? &*zh2 : nullptr, sameProduct ? original : ++product);
    }
  }
  while (texts.size() < 5000) {
    const bool zh = random() % 2 == 0;
    const auto text = generator.text(zh ? Language::Chinese : Language::English, 120 + random() % 281);
    add(zh ? nullptr : &text, zh ? &text : nullptr, ++product);
  }
  std::shuffle(texts.begin(), texts.end(), random);
  Sample sample;
  for (auto& [item, chinese] : texts) {
    item.draftId = static_cast<std::int64_t>(sample.items.size()) + 1;
    sample.items.push_back(std::move(item));
    sample.chinese.push_back(chinese);
  }
  return sample;
}

using PairKey = std::pair<std::size_t, std::size_t>;

}  // namespace

TEST_CASE("the scan finds at least 95% of the exact all-pairs scan's pairs on 5,000 texts, and only true ones") {
  const Sample sample = recallSample();
  REQUIRE(sample.items.size() == 5000);
  const double threshold = SimilarOptions{}.threshold;
  const std::vector<ExactSimilarPair> exact = exactSimilarPairs(sample.items, threshold, SimilarOptions{}.minLength);
  std::map<PairKey, double> truth;
  std::size_t nearThreshold = 0;
  std::size_t chinese = 0;
  for (const ExactSimilarPair& p : exact) {
    truth[{p.a, p.b}] = p.similarity;
    nearThreshold += p.similarity < threshold + 0.1;
    chinese += sample.chinese[p.a] && sample.chinese[p.b];
  }
  // The sample tests what it should: many pairs, many just above the threshold, many in Chinese.
  REQUIRE(truth.size() >= 500);
  REQUIRE(nearThreshold >= 100);
  REQUIRE(chinese >= 200);

  auto found = findSimilarTexts(sample.items);
  REQUIRE(found);
  std::size_t recalled = 0;
  std::size_t recalledNear = 0;
  std::size_t recalledChinese = 0;
  for (const SimilarPair& pair : *found) {
    const PairKey key{static_cast<std::size_t>(pair.a.draftId - 1), static_cast<std::size_t>(pair.b.draftId - 1)};
    INFO("pair " << key.first << " / " << key.second << " similarity " << pair.similarity);
    REQUIRE(truth.count(key) == 1);  // precision 1: every pair reported is truly at or above the threshold
    CHECK(pair.similarity == truth[key]);
    CHECK(pair.a.productId != pair.b.productId);
    ++recalled;
    recalledNear += pair.similarity < threshold + 0.1;
    recalledChinese += sample.chinese[key.first] && sample.chinese[key.second];
  }
  const double recall = static_cast<double>(recalled) / static_cast<double>(truth.size());
  std::printf("similarity recall at %.2f: %zu of %zu pairs (%.4f); within 0.1 above it %zu of %zu; Chinese %zu of %zu\n",
              threshold, recalled, truth.size(), recall, recalledNear, nearThreshold, recalledChinese, chinese);
  CHECK(recall >= 0.95);
  CHECK(static_cast<double>(recalledChinese) / static_cast<double>(chinese) >= 0.95);
  CHECK(std::is_sorted(found->begin(), found->end(),
                       [](const SimilarPair& x, const SimilarPair& y) { return x.similarity > y.similarity; }));
}

TEST_CASE("texts of one product never pair, however alike; the sample has such texts") {
  const Sample sample = recallSample();
  // The rewrites written for their original's product: alike enough to be reported otherwise.
  std::map<std::int64_t, std::vector<std::size_t>> byProduct;
  for (std::size_t i = 0; i < sample.items.size(); ++i) byProduct[sample.items[i].productId].push_back(i);
  std::size_t alike = 0;
  for (const auto& [product, indices] : byProduct) {
    if (indices.size() != 2) continue;
    const auto a = shingleSet(normalizeForShingles(sample.items[indices[0]].text).chars);
    const auto b = shingleSet(normalizeForShingles(sample.items[indices[1]].text).chars);
    alike += jaccard(a, b) >= 0.7;
  }
  REQUIRE(alike >= 20);
  auto found = findSimilarTexts(sample.items);
  REQUIRE(found);
  for (const SimilarPair& pair : *found) CHECK(pair.a.productId != pair.b.productId);
}
