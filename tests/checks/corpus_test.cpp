// The labelled quality corpus (tests/checks/corpus/, README.md there): every text is run through
// the shipped rule book and the findings are held to what a compliance reviewer labelled.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "core/checks/checker.h"
#include "core/checks/glossary.h"
#include "core/checks/rule_book.h"
#include "tests/checks/corpus_item.h"
#include "tests/checks/corpus_score.h"
#include "tests/support/test_paths.h"

using namespace copydesk;
using namespace copydesk::test;

namespace {

// The rule ids of docs/checks.md, by rule set (grounding is on demand only and not in the corpus).
const std::map<std::string, std::set<std::string>>& ruleIds() {
  static const std::map<std::string, std::set<std::string>> ids = {
      {"channel-limits", {"length", "items"}},
      {"cn-ad-law", {"absolute", "maybe-absolute", "medical"}},
      {"marketplace", {"forbidden-chars", "promotional", "emoji", "symbols", "repeated-word", "all-caps"}},
      {"health-green", {"health", "green"}},
      {"glossary", {"banned", "required", "preferred"}},
      {"html-safety", {"removed"}},
      {"facts", {"number-mismatch", "number-unstated", "material-mismatch", "colour-mismatch"}},
      {"readability", {"keyword-missing", "keyword-density", "long-sentence", "repeated-phrase"}},
  };
  return ids;
}

bool knownRule(const std::string& rule) {
  const auto dot = rule.find('.');
  if (dot == std::string::npos) return false;
  const auto set = ruleIds().find(rule.substr(0, dot));
  return set != ruleIds().end() && set->second.count(rule.substr(dot + 1));
}

const Corpus& corpus() {
  static const Corpus loaded = loadCorpus(sourceDir() / "tests" / "checks" / "corpus");
  return loaded;
}

std::string percent(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

std::string table(const CorpusScore& score) {
  std::ostringstream out;
  char line[160];
  std::snprintf(line, sizeof line, "%-16s %5s %5s %5s %9s %7s\n", "rule set", "TP", "FP", "FN", "precision", "recall");
  out << line;
  for (const auto& [set, s] : score.sets) {
    std::snprintf(line, sizeof line, "%-16s %5d %5d %5d %9s %7s\n", set.c_str(), s.truePositives, s.falsePositives,
                  s.falseNegatives, percent(s.precision()).c_str(), percent(s.recall()).c_str());
    out << line;
  }
  out << "\nmisses (expected, not found): " << score.misses.size() << "\n";
  for (const auto& m : score.misses)
    out << "  " << m.itemId << "  " << m.rule << "  \"" << m.text << "\"  -- " << m.detail << "\n";
  out << "\nfalse alarms (found, not expected): " << score.falseAlarms.size() << "\n";
  for (const auto& f : score.falseAlarms)
    out << "  " << f.itemId << "  " << f.rule << "  " << f.text << (f.detail.empty() ? "" : "  [" + f.detail + "]") << "\n";
  out << "\nfindings not counted (allowed, or readability info on items not labelled for it): " << score.uncounted << "\n";
  return out.str();
}

// COPYDESK_CORPUS_SHOW=ID_PREFIX prints every finding on the items whose id starts with it, for
// whoever tunes a rule.
void showFindings(const CorpusItem& item, const std::vector<Finding>& findings) {
  const char* prefix = std::getenv("COPYDESK_CORPUS_SHOW");
  if (!prefix || item.id.rfind(prefix, 0) != 0) return;
  std::cout << item.id << ": " << item.text << "\n";
  for (const auto& f : findings) {
    std::cout << "  " << f.rule << " [" << f.start << "+" << f.length << "] \""
              << codePointSlice(item.text, f.start, f.length) << "\"";
    for (const auto& arg : f.args) std::cout << " | " << arg;
    std::cout << "\n";
  }
}

}  // namespace

TEST_CASE("the corpus is labelled with docs/checks.md's rule ids, in both languages, with enough of every rule set") {
  const Corpus& c = corpus();
  REQUIRE(c.items.size() >= 240);

  std::set<std::string> ids;
  std::map<std::string, int> positives;
  std::map<std::string, int> languages;
  for (const auto& item : c.items) {
    INFO(item.file << ": " << item.id);
    CHECK(ids.insert(item.id).second);
    CHECK_FALSE(item.text.empty());
    CHECK_FALSE(item.field.empty());
    for (const auto& e : item.expect) {
      INFO(e.rule << " \"" << e.span << "\"");
      for (const auto& rule : e.alternatives) CHECK(knownRule(rule));
      CHECK(item.text.find(e.span) != std::string::npos);
      ++positives[e.rule.substr(0, e.rule.find('.'))];
    }
    for (const auto& rule : item.allow) CHECK(knownRule(rule));
    ++languages[corpusLanguage(item.text)];
  }
  for (const auto& [set, rules] : ruleIds()) {
    INFO(set);
    CHECK(positives[set] >= 15);
  }
  INFO("zh " << languages["zh"] << ", en " << languages["en"]);
  CHECK(languages["zh"] * 10 >= static_cast<int>(c.items.size()) * 4);
  CHECK(languages["en"] * 10 >= static_cast<int>(c.items.size()) * 4);
  CHECK_FALSE(c.glossary.empty());
}

TEST_CASE("the checks find what the corpus's reviewers found: precision >= 0.95 and recall >= 0.9 per rule set") {
  const Corpus& c = corpus();
  TempDir userRules;
  const Status written = writeGlossary(userRules / "glossary.toml", c.glossary);
  REQUIRE(written.ok());
  const RuleBookLoad load = loadRuleBook(shippedRulesDir(), userRules.path());
  for (const auto& problem : load.problems) UNSCOPED_INFO(problem.where << ": " << problem.message);
  REQUIRE(load.problems.empty());

  CorpusScore score;
  for (const auto& [set, rules] : ruleIds()) score.sets[set];
  for (const auto& item : c.items) {
    const auto findings = runChecks(*load.book, item.input());
    showFindings(item, findings);
    scoreItem(item, findings, score);
  }

  const std::string report = table(score);
  std::cout << "\n== checks corpus: " << c.items.size() << " texts ==\n" << report << std::flush;
  for (const auto& [set, s] : score.sets) {
    INFO("rule set " << set << ": TP " << s.truePositives << ", FP " << s.falsePositives << ", FN "
                     << s.falseNegatives << " (misses and false alarms are listed above)");
    CHECK(s.precision() >= 0.95);
    CHECK(s.recall() >= 0.9);
  }
}

// The held-out corpus (tests/checks/heldout/, README.md there): texts written from docs/checks.md
// alone, after the rules had been tuned on tests/checks/corpus/ (whose loader reads only that
// folder, so neither corpus sees the other's texts or glossary). The floors are the first honest
// run's figures less 0.05, rounded down to 0.05: a regression fails, today's figures pass.
namespace {

const Corpus& heldout() {
  static const Corpus loaded = loadCorpus(sourceDir() / "tests" / "checks" / "heldout");
  return loaded;
}

struct Floor {
  double precision;
  double recall;
};

const std::map<std::string, Floor>& heldoutFloors() {
  static const std::map<std::string, Floor> floors = {
      // first run (rule set: precision, recall): channel-limits 0.950 1.000, cn-ad-law 0.875 0.875,
      // facts 0.826 0.950, glossary 1 1, health-green 1.000 0.852, html-safety 1 1,
      // marketplace 1.000 0.972, readability 1 1
      {"channel-limits", {0.90, 0.95}}, {"cn-ad-law", {0.80, 0.80}},    {"facts", {0.75, 0.90}},
      {"glossary", {0.95, 0.95}},       {"health-green", {0.95, 0.80}}, {"html-safety", {0.95, 0.95}},
      {"marketplace", {0.95, 0.90}},    {"readability", {0.95, 0.95}},
  };
  return floors;
}

void checkHeldoutLabels(const Corpus& c) {
  std::set<std::string> ids;
  std::map<std::string, int> positives;
  std::map<std::string, int> languages;
  for (const auto& item : c.items) {
    INFO(item.file << ": " << item.id);
    CHECK(item.id.rfind("h2-", 0) == 0);
    CHECK(ids.insert(item.id).second);
    for (const auto& e : item.expect) {
      INFO(e.rule << " \"" << e.span << "\"");
      for (const auto& rule : e.alternatives) CHECK(knownRule(rule));
      CHECK(item.text.find(e.span) != std::string::npos);
      ++positives[e.rule.substr(0, e.rule.find('.'))];
    }
    for (const auto& rule : item.allow) CHECK(knownRule(rule));
    ++languages[corpusLanguage(item.text)];
  }
  for (const auto& [set, rules] : ruleIds()) {
    INFO(set);
    CHECK(positives[set] >= 15);
  }
  INFO("zh " << languages["zh"] << ", en " << languages["en"]);
  CHECK(languages["zh"] * 10 >= static_cast<int>(c.items.size()) * 4);
  CHECK(languages["en"] * 10 >= static_cast<int>(c.items.size()) * 4);
}

}  // namespace

TEST_CASE("held-out corpus: precision and recall on texts the rules were never tuned on") {
  const Corpus& c = heldout();
  REQUIRE(c.items.size() >= 200);
  checkHeldoutLabels(c);

  TempDir userRules;
  REQUIRE(writeGlossary(userRules / "glossary.toml", c.glossary).ok());
  const RuleBookLoad load = loadRuleBook(shippedRulesDir(), userRules.path());
  REQUIRE(load.problems.empty());

  CorpusScore score;
  for (const auto& [set, rules] : ruleIds()) score.sets[set];
  for (const auto& item : c.items) {
    const auto findings = runChecks(*load.book, item.input());
    showFindings(item, findings);
    scoreItem(item, findings, score);
  }

  std::cout << "\n== held-out corpus: " << c.items.size() << " texts ==\n" << table(score) << std::flush;
  for (const auto& [set, s] : score.sets) {
    INFO("rule set " << set << ": TP " << s.truePositives << ", FP " << s.falsePositives << ", FN "
                     << s.falseNegatives << " (misses and false alarms are listed above)");
    const Floor floor = heldoutFloors().at(set);
    CHECK(s.precision() >= floor.precision);
    CHECK(s.recall() >= floor.recall);
  }
}
