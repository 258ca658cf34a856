#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/checks/check_input.h"
#include "core/checks/finding.h"
#include "core/checks/rule_book.h"

namespace copydesk::test {

// The shipped rule sets (resources/checks), with no user folder.
std::shared_ptr<const RuleBook> shippedBook();
// A book made of one rule file with this text (named NAME in a temporary folder).
RuleBookLoad loadOne(const std::string& toml, const std::string& name = "test.toml");

struct Checked {
  std::string text;
  std::vector<Finding> findings;
  std::vector<Finding> of(std::string_view rule) const;  // the findings of one rule id
  bool fires(std::string_view rule) const { return !of(rule).empty(); }
  bool firesSet(std::string_view set) const;
  std::string span(const Finding& f) const;  // the text under the finding (code points)
  std::vector<std::string> spans(std::string_view rule) const;
};

struct CheckOptions {
  std::string field;
  std::string channel;
  const Product* product = nullptr;
  std::vector<std::string> keywords;
  std::string brand;
  bool html = false;
};

Checked check(const RuleBook& book, std::string text, const CheckOptions& options = {});
Checked checkShipped(std::string text, const CheckOptions& options = {});

}  // namespace copydesk::test
