#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/checks/check_input.h"
#include "core/checks/glossary.h"
#include "core/store/product.h"

namespace copydesk::test {

// What a reviewer says must fire on a corpus text: a rule id and, optionally, the exact
// substring the finding's span must cover (any occurrence of it in the text). A few claims sit
// between two rules (全球首发: absolute or maybe-absolute); such an expectation lists both, and
// either meets it. It is counted in the first rule's set.
struct Expectation {
  std::string rule;                      // the first (usually only) rule
  std::vector<std::string> alternatives; // every rule that meets it, rule first
  std::string span;  // "" = anywhere (whole-text findings such as glossary.required)

  bool metBy(std::string_view firedRule) const;
};

// One labelled text of tests/checks/corpus/*.json (format: tests/checks/corpus/README.md).
struct CorpusItem {
  std::string id;
  std::string file;  // the JSON file it came from, for the report
  std::string text;
  std::string field;
  std::string channel;
  bool html = false;
  std::vector<std::string> keywords;
  std::string brand;
  std::optional<Product> product;
  std::vector<std::string> sets;   // rule sets labelled beyond the default (readability's info rules)
  std::vector<Expectation> expect;
  std::vector<std::string> allow;  // rules that may fire here without counting either way

  // The input runChecks sees; it points into this item, which must outlive it.
  CheckInput input() const;
  bool labels(std::string_view set) const;  // "sets" names it
};

struct Corpus {
  std::vector<CorpusItem> items;
  std::vector<GlossaryEntry> glossary;  // merged from every file's "glossary"
};

// Every *.json file of the folder, in name order. Throws (nlohmann::json's exceptions, or
// std::runtime_error naming the file and item) when a file is malformed.
Corpus loadCorpus(const std::filesystem::path& folder);

// "zh" when CJK ideographs outnumber Latin words, else "en" (how the corpus is balanced).
std::string corpusLanguage(std::string_view text);

}  // namespace copydesk::test
