#include "core/checks/facts/term_verdict.h"

#include <algorithm>

namespace copydesk {
namespace {

constexpr std::size_t kMaxFactsShown = 4;

std::string fold(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

void addGroup(FactTerms& facts, std::size_t group, std::string written, const TermVocabulary& vocabulary) {
  if (vocabulary.group(group).any) facts.any = true;
  if (std::find(facts.groups.begin(), facts.groups.end(), group) != facts.groups.end()) return;
  facts.groups.push_back(group);
  facts.written.push_back(std::move(written));
}

bool isColourKey(std::string_view key, const std::vector<std::string>& keys) {
  const std::string folded = fold(key);
  return std::any_of(keys.begin(), keys.end(),
                     [&](const std::string& k) { return folded.find(fold(k)) != std::string::npos; });
}

// "雾霾蓝", "Ocean蓝": the last word of the value names the colour. A value no ending reads
// ("Midnight", "TPE") names something the vocabulary does not know.
void addByEnding(FactTerms& facts, const FactPiece& piece, const TermVocabulary& vocabulary) {
  for (std::size_t g = 0; g < vocabulary.size(); ++g)
    for (const auto& ending : vocabulary.group(g).endings)
      if (!ending.empty() && piece.folded.ends_with(fold(ending))) {
        addGroup(facts, g, piece.text, vocabulary);
        return;
      }
  facts.any = true;
}

}  // namespace

FactTerms factTerms(const ProductFactSheet& sheet, const TermScanner& scanner, const TermVocabulary& vocabulary,
                    const std::vector<std::string>& keys) {
  FactTerms facts;
  for (const FactPiece& piece : sheet.pieces) {
    const auto found = scanner.scan(piece.folded);
    for (const FoundTerm& t : found) addGroup(facts, t.group, piece.text.substr(t.start, t.end - t.start), vocabulary);
    if (found.empty() && !keys.empty() && isColourKey(piece.key, keys)) addByEnding(facts, piece, vocabulary);
  }
  return facts;
}

bool contradicts(std::size_t stated, const FactTerms& facts, const TermVocabulary& vocabulary) {
  if (facts.any || facts.groups.empty() || vocabulary.group(stated).any) return false;
  return std::none_of(facts.groups.begin(), facts.groups.end(),
                      [&](std::size_t g) { return vocabulary.compatible(stated, g); });
}

std::string factWords(const FactTerms& facts) {
  std::string out;
  std::vector<std::string> seen;
  for (const auto& word : facts.written) {
    const std::string folded = fold(word);
    if (std::find(seen.begin(), seen.end(), folded) != seen.end()) continue;
    seen.push_back(folded);
    if (seen.size() > kMaxFactsShown) {
      out += ", …";
      break;
    }
    out += (seen.size() > 1 ? ", " : "") + word;
  }
  return out;
}

}  // namespace copydesk
