// kind "repeated-phrase": the same phrase `min_count` or more times in one text — at least
// `min_words` Latin words (of which `min_content_words` are not `stop_words`: "on the way" is
// no phrase), or `min_chars` Chinese characters in a row. Each repeated passage is reported once,
// at its full length (not once per overlapping n-gram), underlined where it comes back the
// `min_count`-th time. Phrases that are the product's title, brand or a template keyword are
// meant to recur and are not reported.
#include <algorithm>
#include <string>
#include <cstdint>
#include <functional>

#include <unicode/utf8.h>

#include "core/checks/rules/product_facts.h"
#include "core/checks/rules/rule_factories.h"
#include "core/checks/rules/term_matcher.h"
#include "core/checks/rules/words.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

struct Token {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string_view key;  // folded
  std::size_t run = 0;   // tokens of different runs never form one phrase
};

std::vector<Token> latinTokens(const CheckText& text) {
  std::vector<Token> tokens;
  for (const Word& w : latinWords(text.folded())) tokens.push_back({w.start, w.end, text.folded().substr(w.start, w.end - w.start), 0});
  return tokens;
}

std::vector<Token> chineseTokens(const CheckText& text) {
  std::vector<Token> tokens;
  const std::string_view bytes = text.bytes();
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  std::size_t run = 0;
  for (int32_t i = 0; i < length;) {
    const auto at = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (!isIdeograph(c)) {
      if (!tokens.empty() && tokens.back().run == run) ++run;
      continue;
    }
    tokens.push_back({at, static_cast<std::size_t>(i), bytes.substr(at, static_cast<std::size_t>(i) - at), run});
  }
  return tokens;
}

class RepeatedPhraseRule final : public Rule {
 public:
  RepeatedPhraseRule(RuleMeta meta, std::size_t minWords, std::size_t minChars, std::size_t minCount,
                     std::size_t minContentWords, std::vector<std::string> stopWords)
      : Rule(std::move(meta)),
        m_minWords(minWords),
        m_minChars(minChars),
        m_minCount(minCount),
        m_minContentWords(minContentWords),
        m_stopWords(std::move(stopWords)) {
    std::sort(m_stopWords.begin(), m_stopWords.end());
  }

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    std::string meant = foldAscii(brandOf(input.brand, input.product));
    if (input.product) meant += "\n" + foldAscii(input.product->title);
    for (const auto& k : input.keywords) meant += "\n" + foldAscii(k);
    scan(text, latinTokens(text), m_minWords, m_minContentWords, meant, out);
    scan(text, chineseTokens(text), m_minChars, 0, meant, out);
  }

 private:
  void scan(const CheckText& text, const std::vector<Token>& tokens, std::size_t n, std::size_t minContent,
            const std::string& meant, std::vector<Finding>& out) const {
    if (n == 0 || tokens.size() < n * m_minCount) return;
    // Each n-token gram by a hash of its tokens, sorted so that equal grams sit together (cheaper
    // than a map of strings: this runs on every keystroke).
    std::vector<std::uint64_t> tokenHash(tokens.size());
    for (std::size_t t = 0; t < tokens.size(); ++t) tokenHash[t] = std::hash<std::string_view>{}(tokens[t].key);
    std::vector<std::pair<std::uint64_t, std::size_t>> grams;
    grams.reserve(tokens.size());
    for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
      if (tokens[i].run != tokens[i + n - 1].run) continue;
      std::uint64_t h = 1469598103934665603ull;
      for (std::size_t t = i; t < i + n; ++t) h = (h ^ tokenHash[t]) * 1099511628211ull;
      grams.emplace_back(h, i);
    }
    std::sort(grams.begin(), grams.end());
    // Which group of equal hashes each start belongs to, for groups large enough to matter.
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::vector<std::pair<std::size_t, std::size_t>> groupOf(tokens.size(), {kNone, kNone});
    for (std::size_t g = 0; g < grams.size();) {
      std::size_t end = g + 1;
      while (end < grams.size() && grams[end].first == grams[g].first) ++end;
      if (end - g >= m_minCount)
        for (std::size_t k = g; k < end; ++k) groupOf[grams[k].second] = {g, end};
      g = end;
    }
    // In text order, so a passage is reported from its start and its inner grams are covered.
    std::vector<bool> covered(tokens.size(), false);
    std::vector<std::size_t> starts;
    for (std::size_t first = 0; first < tokens.size(); ++first) {
      const auto [g, end] = groupOf[first];
      if (g == kNone || covered[first]) continue;
      starts.clear();
      for (std::size_t k = g; k < end; ++k)
        if (sameTokens(tokens, first, grams[k].second, n)) starts.push_back(grams[k].second);
      if (nonOverlapping(starts, n).size() >= m_minCount)
        report(text, tokens, first, n, minContent, starts, meant, covered, out);
    }
  }

  static bool sameTokens(const std::vector<Token>& tokens, std::size_t a, std::size_t b, std::size_t n) {
    for (std::size_t t = 0; t < n; ++t)
      if (tokens[a + t].key != tokens[b + t].key) return false;
    return true;
  }

  // Grows the phrase at `first` as long as every occurrence still repeats it, then reports it.
  void report(const CheckText& text, const std::vector<Token>& tokens, std::size_t first, std::size_t n,
              std::size_t minContent, std::vector<std::size_t> starts, const std::string& meant,
              std::vector<bool>& covered, std::vector<Finding>& out) const {
    std::size_t length = n;
    for (;;) {
      const std::size_t next = length;
      std::vector<std::size_t> still;
      for (std::size_t s : starts)
        if (s + next < tokens.size() && first + next < tokens.size() && tokens[s + next].run == tokens[s].run &&
            tokens[first + next].run == tokens[first].run && tokens[s + next].key == tokens[first + next].key)
          still.push_back(s);
      if (nonOverlapping(still, length + 1).size() < m_minCount) break;
      starts = std::move(still);
      ++length;
    }
    starts = nonOverlapping(starts, length);
    for (std::size_t s : starts)
      for (std::size_t t = s; t < s + length - n + 1 && t < covered.size(); ++t) covered[t] = true;
    std::size_t content = 0;
    for (std::size_t t = first; t < first + length; ++t)
      content += !std::binary_search(m_stopWords.begin(), m_stopWords.end(), tokens[t].key);
    if (content < minContent) return;
    const std::size_t at = starts[std::min(starts.size(), m_minCount) - 1];
    const std::size_t start = tokens[at].start, end = tokens[at + length - 1].end;
    const std::string phrase(text.bytes().substr(start, end - start));
    if (meant.find(foldAscii(phrase)) != std::string::npos) return;
    out.push_back(finding(start, end - start, "phrase.repeated", {phrase, std::to_string(starts.size())}));
  }

  static std::vector<std::size_t> nonOverlapping(const std::vector<std::size_t>& starts, std::size_t length) {
    std::vector<std::size_t> kept;
    for (std::size_t s : starts)
      if (kept.empty() || s >= kept.back() + length) kept.push_back(s);
    return kept;
  }

  std::size_t m_minWords;
  std::size_t m_minChars;
  std::size_t m_minCount;
  std::size_t m_minContentWords;
  std::vector<std::string> m_stopWords;  // folded, sorted
};

}  // namespace

Result<std::unique_ptr<Rule>> makeRepeatedPhraseRule(RuleMeta meta, const toml::table& rule, const RuleKindContext&) {
  auto minWords = optionalInteger(rule, "min_words", 4, 1);
  if (!minWords) return minWords.error();
  auto minChars = optionalInteger(rule, "min_chars", 8, 1);
  if (!minChars) return minChars.error();
  auto minCount = optionalInteger(rule, "min_count", 3, 2);
  if (!minCount) return minCount.error();
  auto minContent = optionalInteger(rule, "min_content_words", 0);
  if (!minContent) return minContent.error();
  auto stopWords = stringList(rule, "stop_words");
  if (!stopWords) return stopWords.error();
  for (auto& w : *stopWords) w = foldAscii(w);
  return std::unique_ptr<Rule>(new RepeatedPhraseRule(
      std::move(meta), static_cast<std::size_t>(*minWords), static_cast<std::size_t>(*minChars),
      static_cast<std::size_t>(*minCount), static_cast<std::size_t>(*minContent), std::move(*stopWords)));
}

}  // namespace copydesk
