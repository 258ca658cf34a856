// kind "sentences": a sentence longer than the limit — `max_words` Latin words in English text,
// `max_chars` characters (punctuation and spaces not counted) in Chinese text.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/checks/rules/rule_factories.h"
#include "core/checks/rules/words.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

bool endsSentence(UChar32 c) {
  return c == '!' || c == '?' || c == '\n' || c == 0x3002 /* 。 */ || c == 0xFF01 /* ！ */ ||
         c == 0xFF1F /* ？ */ || c == 0x2026 /* … */ || c == 0xFF1B /* ； */;
}

class SentenceRule final : public Rule {
 public:
  SentenceRule(RuleMeta meta, std::size_t maxWords, std::size_t maxChars)
      : Rule(std::move(meta)), m_maxWords(maxWords), m_maxChars(maxChars) {}

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    const std::string_view bytes = text.bytes();
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int32_t>(bytes.size());
    std::size_t start = std::string_view::npos, end = 0;
    auto close = [&] {
      if (start != std::string_view::npos && end > start) judge(text, start, end, out);
      start = std::string_view::npos;
    };
    for (int32_t i = 0; i < length;) {
      const auto at = static_cast<std::size_t>(i);
      UChar32 c;
      U8_NEXT(data, i, length, c);
      if (input.html && c == '<') {  // markup ends a sentence and is not part of one
        close();
        const auto gt = bytes.find('>', at);
        i = gt == std::string_view::npos ? length : static_cast<int32_t>(gt + 1);
        continue;
      }
      const bool space = u_isUWhiteSpace(c);
      if (start == std::string_view::npos && !space && !endsSentence(c)) start = at;
      if (!space) end = static_cast<std::size_t>(i);
      // A full stop ends a sentence before a space or the end ("2.5 kg", "e.g." mid-word do not).
      const bool stop = endsSentence(c) || (c == '.' && (i >= length || u_isUWhiteSpace(data[i]) || data[i] >= 0x80));
      if (stop) close();
    }
    close();
  }

 private:
  void judge(const CheckText& text, std::size_t start, std::size_t end, std::vector<Finding>& out) const {
    const std::string_view sentence = text.bytes().substr(start, end - start);
    const bool chinese = text.isChinese();
    const std::size_t size = chinese ? countChars(sentence) : latinWords(sentence).size();
    const std::size_t max = chinese ? m_maxChars : m_maxWords;
    if (max == 0 || size <= max) return;
    out.push_back(finding(start, end - start, "sentence.long",
                          {std::to_string(size), std::to_string(max), chinese ? "characters" : "words"}));
  }

  static std::size_t countChars(std::string_view sentence) {
    std::size_t count = 0;
    const auto* data = reinterpret_cast<const uint8_t*>(sentence.data());
    const auto length = static_cast<int32_t>(sentence.size());
    for (int32_t i = 0; i < length;) {
      UChar32 c;
      U8_NEXT(data, i, length, c);
      count += c >= 0 && !u_isUWhiteSpace(c) && !u_ispunct(c);
    }
    return count;
  }

  std::size_t m_maxWords;
  std::size_t m_maxChars;
};

}  // namespace

Result<std::unique_ptr<Rule>> makeSentenceRule(RuleMeta meta, const toml::table& rule, const RuleKindContext&) {
  auto maxWords = optionalInteger(rule, "max_words", 30, 1);
  if (!maxWords) return maxWords.error();
  auto maxChars = optionalInteger(rule, "max_chars", 60, 1);
  if (!maxChars) return maxChars.error();
  return std::unique_ptr<Rule>(new SentenceRule(std::move(meta), static_cast<std::size_t>(*maxWords),
                                                static_cast<std::size_t>(*maxChars)));
}

}  // namespace copydesk
