#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/checks/facts/term_vocabulary.h"

namespace copydesk {

// What makes an occurrence of a name something other than a statement of the material or colour.
struct TermContext {
  std::vector<std::string> exempt;           // fixed phrases: "black tea", "红包", "glass of", "wood grain"
  std::vector<std::string> negations;        // a few words before, same clause: "unlike", "instead of", "不含"
  std::vector<std::string> sentenceNegations;  // anywhere before in the sentence: "pairs with", "搭配"
  std::vector<std::string> modifiersBefore;  // right before: "faux", "imitation", "仿"
  std::vector<std::string> modifiersAfter;   // right after: "-like", " color", "-free", "色", "纹"
  // Things a name may describe instead of the product as a whole, within two words after it or a
  // few before it: a part ("bamboo lid", "硅胶密封圈", "杯盖采用PP材质") or another object ("glass hobs").
  std::vector<std::string> objects;
};

// One statement of a group in a text: bytes [start, end).
struct FoundTerm {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t group = 0;
};

// Finds the vocabulary's names in a text in one pass (names indexed by their first character),
// the longest name winning where names overlap ("不锈钢" over "钢", "rose gold" over "gold", an
// exempt phrase over the name inside it). Latin names match whole words only ("glass" is not in
// "glasses"); Chinese names anywhere.
class TermScanner final {
 public:
  TermScanner() = default;
  TermScanner(const TermVocabulary& vocabulary, TermContext context);

  // `folded`: the text with ASCII letters lower-cased (CheckText::folded()).
  std::vector<FoundTerm> scan(std::string_view folded) const;

 private:
  struct Pattern {
    std::string text;  // folded
    int group = -1;    // -1: an exempt phrase
  };
  bool negated(std::string_view folded, std::size_t start, std::size_t end) const;
  bool modified(std::string_view folded, std::size_t start, std::size_t end) const;
  bool aboutAnotherThing(std::string_view folded, std::size_t start, std::size_t end) const;

  std::unordered_map<std::uint32_t, std::vector<Pattern>> m_index;  // longest first
  std::vector<std::string> m_negations;
  std::vector<std::string> m_sentenceNegations;
  std::vector<std::string> m_objects;
  std::vector<std::string> m_modifiersBefore;
  std::vector<std::string> m_modifiersAfter;
};

}  // namespace copydesk
