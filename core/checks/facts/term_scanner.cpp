#include "core/checks/facts/term_scanner.h"

#include <algorithm>

namespace copydesk {
namespace {

bool isAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t charLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

std::string fold(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Patterns are filed under their first character (two bytes for ASCII, whose first letters are
// too common to file under alone).
std::uint32_t keyAt(std::string_view s, std::size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    if (pos + 1 >= s.size()) return 0x02000000u | c;
    return 0x01000000u | (static_cast<std::uint32_t>(c) << 8) | static_cast<unsigned char>(s[pos + 1]);
  }
  const std::size_t n = std::min({charLength(c), s.size() - pos, std::size_t{3}});
  std::uint32_t key = 0x03000000u;
  for (std::size_t i = 0; i < n; ++i) key |= static_cast<std::uint32_t>(static_cast<unsigned char>(s[pos + i])) << (8 * i);
  return key;
}

bool endsWord(std::string_view s, std::size_t end) { return end >= s.size() || !isAsciiAlnum(s[end]); }

bool startsWord(std::string_view s, std::size_t start) { return start == 0 || !isAsciiAlnum(s[start - 1]); }

// A cue found in `window` as a whole word where its edges are letters.
bool containsCue(std::string_view window, std::string_view cue) {
  for (std::size_t at = window.find(cue); at != std::string_view::npos; at = window.find(cue, at + 1)) {
    const std::size_t end = at + cue.size();
    const bool left = !isAsciiAlnum(cue.front()) || startsWord(window, at);
    const bool right = !isAsciiAlnum(cue.back()) || endsWord(window, end);
    if (left && right) return true;
  }
  return false;
}

bool isClauseEnd(std::string_view s, std::size_t pos, std::size_t length) {
  if (length == 1) return std::string_view(".,;:!?()[]\n\r\t|/").find(s[pos]) != std::string_view::npos;
  static constexpr std::string_view kCjk[] = {"。", "，", "；", "：", "！", "？", "、", "（", "）", "【", "】"};
  const std::string_view c = s.substr(pos, length);
  return std::find(std::begin(kCjk), std::end(kCjk), c) != std::end(kCjk);
}

bool isSentenceEnd(std::string_view s, std::size_t pos, std::size_t length) {
  if (length == 1) return std::string_view(".;!?\n\r").find(s[pos]) != std::string_view::npos;
  static constexpr std::string_view kCjk[] = {"。", "；", "！", "？"};
  const std::string_view c = s.substr(pos, length);
  return std::find(std::begin(kCjk), std::end(kCjk), c) != std::end(kCjk);
}

std::size_t previousChar(std::string_view s, std::size_t at) {
  std::size_t prev = at - 1;
  while (prev > 0 && (static_cast<unsigned char>(s[prev]) & 0xC0) == 0x80) --prev;
  return prev;
}

// Where the clause before `start` begins, looking back at most `words` words or `ideographs`
// Chinese characters (the whole sentence when both are 0).
std::size_t windowStart(std::string_view s, std::size_t start, std::size_t words = 3, std::size_t ideographs = 6) {
  const bool sentence = words == 0 && ideographs == 0;
  std::size_t at = start, spaces = 0, cjk = 0;
  while (at > 0) {
    const std::size_t prev = previousChar(s, at);
    const std::size_t length = at - prev;
    if (sentence ? isSentenceEnd(s, prev, length) : isClauseEnd(s, prev, length)) break;
    if (!sentence && (s[prev] == ' ' || s[prev] == '-') && ++spaces > words) break;
    if (!sentence && length > 1 && ++cjk > ideographs) break;
    at = prev;
  }
  return at;
}

// Where the clause after `end` stops, looking on at most two words or three Chinese characters.
std::size_t windowEnd(std::string_view s, std::size_t end) {
  std::size_t at = end, spaces = 0, cjk = 0;
  bool inWord = false;
  while (at < s.size()) {
    const std::size_t length = charLength(static_cast<unsigned char>(s[at]));
    if (isClauseEnd(s, at, length)) break;
    if (s[at] == ' ' || s[at] == '-') {
      if (inWord && ++spaces >= 3) break;
      inWord = false;
    } else if (length > 1) {
      if (++cjk > 3) break;
    } else {
      inWord = true;
    }
    at += length;
  }
  return at;
}

}  // namespace

TermScanner::TermScanner(const TermVocabulary& vocabulary, TermContext context) {
  auto add = [this](std::string_view name, int group) {
    std::string folded = fold(name);
    if (folded.size() < 2) return;  // a single letter would match everywhere
    m_index[keyAt(folded, 0)].push_back({std::move(folded), group});
  };
  for (std::size_t g = 0; g < vocabulary.size(); ++g)
    for (const auto& name : vocabulary.group(g).names) add(name, static_cast<int>(g));
  for (const auto& phrase : context.exempt) add(phrase, -1);
  for (auto& [key, patterns] : m_index)
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const Pattern& a, const Pattern& b) { return a.text.size() > b.text.size(); });
  for (auto& cue : context.negations) m_negations.push_back(fold(cue));
  for (auto& cue : context.sentenceNegations) m_sentenceNegations.push_back(fold(cue));
  for (auto& cue : context.objects) m_objects.push_back(fold(cue));
  for (auto& cue : context.modifiersBefore) m_modifiersBefore.push_back(fold(cue));
  for (auto& cue : context.modifiersAfter) m_modifiersAfter.push_back(fold(cue));
}

bool TermScanner::negated(std::string_view folded, std::size_t start, std::size_t) const {
  auto anyIn = [](std::string_view window, const std::vector<std::string>& cues) {
    return std::any_of(cues.begin(), cues.end(), [&](const std::string& cue) { return containsCue(window, cue); });
  };
  const std::size_t clause = windowStart(folded, start);
  const std::size_t sentence = windowStart(folded, start, 0, 0);
  return anyIn(folded.substr(clause, start - clause), m_negations) ||
         anyIn(folded.substr(sentence, start - sentence), m_sentenceNegations);
}

bool TermScanner::aboutAnotherThing(std::string_view folded, std::size_t start, std::size_t end) const {
  const std::size_t before = windowStart(folded, start, 3, 8);  // "杯盖采用食品级PP材质"
  const std::string_view after = folded.substr(end, windowEnd(folded, end) - end);
  const std::string_view ahead = folded.substr(before, start - before);
  return std::any_of(m_objects.begin(), m_objects.end(), [&](const std::string& cue) {
    return containsCue(after, cue) || containsCue(ahead, cue);
  });
}

bool TermScanner::modified(std::string_view folded, std::size_t start, std::size_t end) const {
  for (const auto& cue : m_modifiersAfter) {
    if (folded.substr(end, cue.size()) != cue) continue;
    if (!isAsciiAlnum(cue.back()) || endsWord(folded, end + cue.size())) return true;
  }
  for (const auto& cue : m_modifiersBefore) {
    // Right before, or before one space or hyphen: "faux leather", "faux-leather", "仿皮".
    for (std::size_t gap : {std::size_t{0}, std::size_t{1}}) {
      if (start < cue.size() + gap) continue;
      if (gap == 1 && folded[start - 1] != ' ' && folded[start - 1] != '-') continue;
      const std::size_t at = start - gap - cue.size();
      if (folded.substr(at, cue.size()) == cue && (!isAsciiAlnum(cue.front()) || startsWord(folded, at)))
        return true;
    }
  }
  return false;
}

std::vector<FoundTerm> TermScanner::scan(std::string_view folded) const {
  struct Hit {
    std::size_t start, end;
    int group;
  };
  std::vector<Hit> hits;
  for (std::size_t pos = 0; pos < folded.size(); pos += charLength(static_cast<unsigned char>(folded[pos]))) {
    if (isAsciiAlnum(folded[pos]) && !startsWord(folded, pos)) continue;
    auto it = m_index.find(keyAt(folded, pos));
    if (it == m_index.end()) continue;
    for (const Pattern& p : it->second) {
      if (folded.compare(pos, p.text.size(), p.text) != 0) continue;
      const std::size_t end = pos + p.text.size();
      if (isAsciiAlnum(p.text.back()) && !endsWord(folded, end)) continue;
      hits.push_back({pos, end, p.group});
      break;  // the longest at this position
    }
  }

  // Of overlapping hits the longest stays (the earlier one on a tie).
  std::vector<Hit> kept;
  std::vector<Hit> byLength = hits;
  std::stable_sort(byLength.begin(), byLength.end(),
                   [](const Hit& a, const Hit& b) { return a.end - a.start > b.end - b.start; });
  for (const Hit& h : byLength)
    if (std::none_of(kept.begin(), kept.end(), [&](const Hit& k) { return h.start < k.end && k.start < h.end; }))
      kept.push_back(h);
  std::sort(kept.begin(), kept.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });

  std::vector<FoundTerm> found;
  for (const Hit& h : kept) {
    if (h.group < 0 || modified(folded, h.start, h.end) || negated(folded, h.start, h.end) ||
        aboutAnotherThing(folded, h.start, h.end))
      continue;
    found.push_back({h.start, h.end, static_cast<std::size_t>(h.group)});
  }
  return found;
}

}  // namespace copydesk
