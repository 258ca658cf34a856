#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace copydesk::bench {

// Generated product copy for the sameness scan's test and benchmark: English and Chinese
// descriptions made of a few hundred real catalogue words and many generated ones, drawn with
// Zipf-like frequencies (so unrelated texts share their common words, as a real catalogue's do),
// and rewrites of them that change a chosen share of the words. Deterministic for a seed.
class SimilarTextGenerator final {
 public:
  enum class Language { English, Chinese };

  // A text as words and punctuation, so a rewrite can change words and keep the rest.
  struct Text {
    Language language = Language::English;
    std::vector<std::string> tokens;
  };

  explicit SimilarTextGenerator(std::uint32_t seed);

  // About `length` code points of description.
  Text text(Language language, std::size_t length);
  // A copy with about `changed` (0..1) of its words replaced by others.
  Text rewrite(const Text& text, double changed);
  // The copy as one string; `html` wraps its sentences in paragraphs (a Shopify body_html).
  std::string render(const Text& text, bool html = false) const;

  std::mt19937_64& random() { return m_random; }

 private:
  std::string word(Language language);

  std::mt19937_64 m_random;
  std::vector<std::string> m_english;
  std::vector<std::string> m_chinese;
  std::discrete_distribution<std::size_t> m_englishRank;
  std::discrete_distribution<std::size_t> m_chineseRank;
};

}  // namespace copydesk::bench
