#include "tests/checks/corpus_score.h"

#include <algorithm>
#include <map>
#include <set>

namespace copydesk::test {
namespace {

struct Range {
  std::size_t start = 0;
  std::size_t end = 0;  // code points, exclusive
};

std::size_t codePointsBefore(std::string_view utf8, std::size_t byte) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte && i < utf8.size(); ++i)
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) ++n;
  return n;
}

std::size_t codePointLength(std::string_view utf8) { return codePointsBefore(utf8, utf8.size()); }

// Every place the substring occurs, in code points.
std::vector<Range> occurrences(std::string_view text, std::string_view span) {
  std::vector<Range> out;
  if (span.empty()) return out;
  for (auto at = text.find(span); at != std::string_view::npos; at = text.find(span, at + 1)) {
    const std::size_t start = codePointsBefore(text, at);
    out.push_back({start, start + codePointLength(span)});
  }
  return out;
}

bool covers(const Finding& f, const Range& r) { return f.start <= r.start && f.start + f.length >= r.end; }

bool overlaps(const Finding& f, const Range& r) {
  if (f.length == 0) return f.start >= r.start && f.start <= r.end;
  return f.start < r.end && r.start < f.start + f.length;
}

std::string setOf(const std::string& rule) { return rule.substr(0, rule.find('.')); }

bool uncountedHere(const CorpusItem& item, const std::string& rule) {
  if (std::find(item.allow.begin(), item.allow.end(), rule) != item.allow.end()) return true;
  const bool noisyInfo = rule == "readability.keyword-missing" || rule == "readability.long-sentence";
  return noisyInfo && !item.labels("readability");
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

std::string spansOf(const CorpusItem& item, const std::vector<const Finding*>& findings) {
  std::vector<std::string> texts;
  for (const Finding* f : findings)
    texts.push_back(f->length ? "\"" + codePointSlice(item.text, f->start, f->length) + "\"" : "(whole text)");
  return join(texts, ", ");
}

std::vector<const Finding*> firedFor(const Expectation& e, const std::vector<Finding>& findings) {
  std::vector<const Finding*> out;
  for (const auto& f : findings)
    if (e.metBy(f.rule)) out.push_back(&f);
  return out;
}

void scoreExpectations(const CorpusItem& item, const std::vector<Finding>& findings, CorpusScore& score) {
  std::map<std::string, std::pair<const Expectation*, std::size_t>> spanless;  // by first rule
  for (const auto& e : item.expect) {
    if (e.span.empty()) {
      auto& group = spanless[e.rule];
      group.first = &e;
      ++group.second;
      continue;
    }
    const auto fired = firedFor(e, findings);
    const auto where = occurrences(item.text, e.span);
    const bool hit = std::any_of(fired.begin(), fired.end(), [&](const Finding* f) {
      return std::any_of(where.begin(), where.end(), [&](const Range& r) { return covers(*f, r); });
    });
    SetScore& set = score.sets[setOf(e.rule)];
    if (hit) {
      ++set.truePositives;
    } else {
      ++set.falseNegatives;
      score.misses.push_back({item.id, e.rule, e.span, fired.empty() ? "nothing" : "reported " + spansOf(item, fired)});
    }
  }
  for (const auto& [rule, group] : spanless) {
    const auto fired = firedFor(*group.first, findings);
    SetScore& set = score.sets[setOf(rule)];
    const std::size_t hits = std::min(group.second, fired.size());
    set.truePositives += static_cast<int>(hits);
    for (std::size_t i = hits; i < group.second; ++i) {
      ++set.falseNegatives;
      score.misses.push_back({item.id, rule, "", fired.empty() ? "nothing" : "reported " + spansOf(item, fired)});
    }
  }
}

// Findings of an expected rule away from every expected substring (only when each expectation
// the rule meets names one): a trap inside a text that also holds a true violation.
std::vector<const Finding*> strays(const CorpusItem& item, const std::vector<const Expectation*>& expectations,
                                   const std::vector<const Finding*>& fired) {
  std::vector<Range> expected;
  for (const Expectation* e : expectations) {
    if (e->span.empty()) return {};
    const auto where = occurrences(item.text, e->span);
    expected.insert(expected.end(), where.begin(), where.end());
  }
  std::vector<const Finding*> out;
  for (const Finding* f : fired)
    if (std::none_of(expected.begin(), expected.end(), [&](const Range& r) { return overlaps(*f, r); })) out.push_back(f);
  return out;
}

void noteFalseAlarm(const CorpusItem& item, const std::string& rule, const std::vector<const Finding*>& findings,
                    CorpusScore& score) {
  ++score.sets[setOf(rule)].falsePositives;
  score.falseAlarms.push_back({item.id, rule, spansOf(item, findings), join(findings.front()->args, " | ")});
}

}  // namespace

double SetScore::precision() const {
  const int fired = truePositives + falsePositives;
  return fired ? static_cast<double>(truePositives) / fired : 1.0;
}

double SetScore::recall() const {
  const int expected = truePositives + falseNegatives;
  return expected ? static_cast<double>(truePositives) / expected : 1.0;
}

std::string codePointSlice(std::string_view utf8, std::size_t start, std::size_t length) {
  std::size_t cp = 0;
  std::size_t begin = utf8.size();
  std::size_t end = utf8.size();
  for (std::size_t i = 0; i <= utf8.size(); ++i) {
    if (i < utf8.size() && (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) continue;
    if (cp == start) begin = std::min(begin, i);
    if (cp == start + length) {
      end = i;
      break;
    }
    ++cp;
  }
  return std::string(utf8.substr(begin, end > begin ? end - begin : 0));
}

void scoreItem(const CorpusItem& item, const std::vector<Finding>& findings, CorpusScore& score) {
  scoreExpectations(item, findings, score);

  std::set<std::string> rules;
  for (const auto& f : findings) rules.insert(f.rule);
  for (const auto& rule : rules) {
    std::vector<const Finding*> fired;
    for (const auto& f : findings)
      if (f.rule == rule) fired.push_back(&f);
    std::vector<const Expectation*> expectations;
    for (const auto& e : item.expect)
      if (e.metBy(rule)) expectations.push_back(&e);
    if (!expectations.empty()) {
      if (const auto stray = strays(item, expectations, fired); !stray.empty()) noteFalseAlarm(item, rule, stray, score);
    } else if (uncountedHere(item, rule)) {
      score.uncounted += static_cast<int>(fired.size());
    } else {
      noteFalseAlarm(item, rule, fired, score);
    }
  }
}

}  // namespace copydesk::test
