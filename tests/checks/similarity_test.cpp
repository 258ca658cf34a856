// findSimilarTexts: what it reports (pairs, passages, order), what it leaves out, its options.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <thread>

#include "bench/similar_text_generator.h"

#include "core/checks/similarity/similar_texts.h"
#include "core/checks/similarity/utf8_code_points.h"

using namespace copydesk;

namespace {

SimilarItem description(std::int64_t productId, std::string text) {
  return {.draftId = 0, .productId = productId, .sku = "SKU-" + std::to_string(productId), .field = "description",
          .text = std::move(text)};
}

SimilarItem draft(std::int64_t id, std::int64_t productId, std::string text) {
  return {.draftId = id, .productId = productId, .sku = "SKU-" + std::to_string(productId), .field = "description",
          .text = std::move(text)};
}

// Code points of `text` before byte offset `bytes`.
std::size_t codePointsBefore(const std::string& text, std::size_t bytes) {
  return utf8::decode(std::string_view(text).substr(0, bytes)).size();
}

std::string range(const std::string& text, std::size_t start, std::size_t length) {
  return std::string(utf8::codePointRange(text, start, length));
}

const std::string kTeapot =
    "Brewed in Yixing clay, this teapot holds 350 ml and pours without a drip, season after season, "
    "and the lid sits snug on its rim.";
const std::string kCup = "这款保温杯采用316不锈钢内胆，真空隔热，保冷保热长达12小时。杯盖一键弹开，单手即可饮用，"
                         "杯身磨砂手感，不易打滑，适合办公室、通勤和户外使用。";

}  // namespace

TEST_CASE("Chinese near-duplicates are found, with the passage they share") {
  const std::string other = "全新设计！这款保温杯采用316不锈钢内胆，真空隔热，保冷保热长达12小时。杯盖一键弹开，"
                            "单手即可饮用，杯身磨砂手感，不易打滑，适合办公室、通勤和户外使用。";
  const std::string unrelated = "明前龙井，产自杭州西湖，手工炒制，扁平光滑，色泽翠绿，香气清高持久，滋味鲜醇甘爽，"
                                "叶底细嫩成朵。八十度水温冲泡两分钟，可续泡三次。";
  auto found = findSimilarTexts({description(1, kCup), description(2, unrelated), description(3, other)});
  REQUIRE(found);
  REQUIRE(found->size() == 1);
  const SimilarPair& pair = found->front();
  CHECK(pair.a.productId == 1);
  CHECK(pair.b.productId == 3);
  CHECK(pair.similarity > 0.85);
  CHECK(pair.similarity < 1);
  CHECK(pair.passage == kCup.substr(0, kCup.size() - std::string("。").size()));  // all but the final 。
  CHECK(pair.passageStartA == 0);
  CHECK(pair.passageStartB == codePointsBefore(other, other.find("这款")));
  CHECK(range(other, pair.passageStartB, pair.passageLengthB) == pair.passage);
}

TEST_CASE("the passage is placed in the original texts, whatever their spacing, case and markup") {
  const std::string a = "Our own words first. " + kTeapot + " Thanks for reading!";
  const std::string b = "A different opening line here! brewed in yixing CLAY,   this teapot holds 350 ml and pours "
                        "without a drip; season after season, and the lid sits snug on its rim... Bye";
  SimilarOptions loose;
  loose.threshold = 0.3;
  auto found = findSimilarTexts({description(1, a), description(2, b)}, loose);
  REQUIRE(found);
  REQUIRE(found->size() == 1);
  const SimilarPair& plain = found->front();
  const std::string shared = kTeapot.substr(0, kTeapot.size() - 1);  // without the final "."
  CHECK(plain.passage == shared);
  CHECK(plain.passageStartA == a.find("Brewed"));
  CHECK(plain.passageLength == shared.size());
  CHECK(plain.passageStartB == b.find("brewed"));
  CHECK(range(b, plain.passageStartB, plain.passageLengthB) ==
        "brewed in yixing CLAY,   this teapot holds 350 ml and pours without a drip; season after season, and the "
        "lid sits snug on its rim");

  // HTML: the passage is the source as written, tags and entities included.
  const std::string html = "<p>Intro text.</p><p>Brewed in <strong>Yixing</strong> clay, this teapot holds "
                           "350&nbsp;ml and pours without a drip, season after season, and the lid sits snug on its "
                           "rim.</p><p>Thank&nbsp;you.</p>";
  auto marked = findSimilarTexts({description(1, html), description(2, b)}, loose);
  REQUIRE(marked);
  REQUIRE(marked->size() == 1);
  CHECK(marked->front().passage ==
        "Brewed in <strong>Yixing</strong> clay, this teapot holds 350&nbsp;ml and pours without a drip, season "
        "after season, and the lid sits snug on its rim");
  CHECK(marked->front().passageStartA == html.find("Brewed"));
}

TEST_CASE("a passage does not start or end inside a word") {
  const std::string a = kTeapot + " Gift boxed with a card.";
  std::string b = kTeapot;
  b.replace(b.find("350"), 3, "300");
  SimilarOptions loose;
  loose.threshold = 0.5;
  auto found = findSimilarTexts({description(1, a), description(2, b)}, loose);
  REQUIRE(found);
  REQUIRE(found->size() == 1);
  CHECK(found->front().passage == "ml and pours without a drip, season after season, and the lid sits snug on its rim");
}

TEST_CASE("texts of one product are not sameness across the catalog") {
  // Product 1's description, two drafts of it (variants) and a draft of product 2, all alike.
  auto found = findSimilarTexts({draft(10, 1, kTeapot + " One."), draft(11, 1, kTeapot + " Two."),
                                 draft(12, 2, kTeapot + " Three."), description(1, kTeapot)});
  REQUIRE(found);
  REQUIRE(found->size() == 3);  // each of product 1's texts with product 2's draft, none within product 1
  for (const SimilarPair& pair : *found) {
    CHECK(pair.a.productId != pair.b.productId);
    CHECK((pair.a.draftId == 12 || pair.b.draftId == 12));
  }
  // The draft came before the description, so it is `a`: items keep their order within a pair.
  const auto withDescription = std::find_if(found->begin(), found->end(), [](const SimilarPair& p) {
    return p.a.draftId == 0 || p.b.draftId == 0;
  });
  REQUIRE(withDescription != found->end());
  CHECK(withDescription->a.draftId == 12);
  CHECK(withDescription->b.sku == "SKU-1");
}

TEST_CASE("pairs come most similar first, at or above the threshold") {
  const std::string base = kTeapot + " Each one is fired twice and polished by hand before it leaves the workshop.";
  std::string close = base;
  close.replace(close.find("twice"), 5, "three times");
  std::string further = close;
  further.replace(further.find("polished by hand"), 16, "glazed in green");
  auto found = findSimilarTexts({description(1, base), description(2, close), description(3, further),
                                 description(4, base)});
  REQUIRE(found);
  REQUIRE(found->size() >= 3);
  CHECK(found->front().similarity == 1.0);  // 1 and 4 are the same text
  CHECK(found->front().a.productId == 1);
  CHECK(found->front().b.productId == 4);
  for (std::size_t i = 1; i < found->size(); ++i) {
    CHECK((*found)[i - 1].similarity >= (*found)[i].similarity);
    CHECK((*found)[i].similarity >= 0.7);
  }
  SimilarOptions strict;
  strict.threshold = 1.0;
  auto identical = findSimilarTexts({description(1, base), description(2, close), description(4, base)}, strict);
  REQUIRE(identical);
  REQUIRE(identical->size() == 1);
  CHECK(identical->front().passage == base.substr(0, base.size() - 1));
}

TEST_CASE("texts shorter than minLength are left out; markup does not count") {
  const std::string shortText = "Brewed in Yixing clay, holds 350 ml.";  // 36 code points
  SimilarOptions options;
  auto none = findSimilarTexts({description(1, shortText), description(2, shortText)}, options);
  REQUIRE(none);
  CHECK(none->empty());
  options.minLength = 30;
  auto two = findSimilarTexts({description(1, shortText), description(2, shortText)}, options);
  REQUIRE(two);
  CHECK(two->size() == 1);
  const std::string marked = "<p><strong>" + shortText + "</strong></p>";  // over 60 bytes, 36 visible
  auto markup = findSimilarTexts({description(1, marked), description(2, marked)});
  REQUIRE(markup);
  CHECK(markup->empty());
}

TEST_CASE("a threshold outside (0, 1] is bad input") {
  for (double bad : {0.0, -0.5, 1.01, std::nan("")}) {
    SimilarOptions options;
    options.threshold = bad;
    auto found = findSimilarTexts({description(1, kTeapot), description(2, kTeapot)}, options);
    REQUIRE_FALSE(found);
    CHECK(found.error().code == ErrorCode::InvalidInput);
  }
}

TEST_CASE("progress is reported on the calling thread up to a fixed total, and cancelling stops the scan") {
  bench::SimilarTextGenerator generator(5);
  std::vector<SimilarItem> items;
  for (int i = 1; i <= 1000; ++i) {
    items.push_back(description(i, generator.render(generator.text(bench::SimilarTextGenerator::Language::English, 200))));
  }
  items.push_back(description(1001, items[17].text));  // the one pair
  SimilarOptions options;
  std::vector<std::pair<std::size_t, std::size_t>> reports;
  const auto caller = std::this_thread::get_id();
  bool sameThread = true;
  options.progress = [&](std::size_t done, std::size_t total) {
    sameThread = sameThread && std::this_thread::get_id() == caller;
    reports.push_back({done, total});
    return true;
  };
  auto found = findSimilarTexts(items, options);
  REQUIRE(found);
  REQUIRE(found->size() == 1);
  CHECK(found->front().a.productId == 18);
  CHECK(found->front().b.productId == 1001);
  CHECK(sameThread);
  REQUIRE(reports.size() > 2);
  for (const auto& [done, total] : reports) CHECK(total == 2002);
  CHECK(std::is_sorted(reports.begin(), reports.end()));
  CHECK(reports.back() == std::pair<std::size_t, std::size_t>{2002, 2002});

  std::size_t calls = 0;
  options.progress = [&](std::size_t, std::size_t) { return ++calls < 2; };
  auto cancelled = findSimilarTexts(items, options);
  REQUIRE_FALSE(cancelled);
  CHECK(cancelled.error().code == ErrorCode::Cancelled);
  CHECK(calls == 2);
}
