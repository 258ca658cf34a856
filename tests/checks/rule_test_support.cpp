#include "tests/checks/rule_test_support.h"

#include <algorithm>

#include "core/checks/checker.h"
#include "tests/support/test_paths.h"

namespace copydesk::test {

std::shared_ptr<const RuleBook> shippedBook() {
  static const auto book = [] {
    auto load = loadRuleBook(sourceDir() / "resources" / "checks", {});
    for (const auto& problem : load.problems) std::fprintf(stderr, "%s\n", problem.describe().c_str());
    return load.book;
  }();
  return book;
}

RuleBookLoad loadOne(const std::string& toml, const std::string& name) {
  TempDir dir;
  writeFile(dir / name, toml);
  return loadRuleBook(dir.path(), {});
}

std::vector<Finding> Checked::of(std::string_view rule) const {
  std::vector<Finding> out;
  std::copy_if(findings.begin(), findings.end(), std::back_inserter(out), [&](const Finding& f) { return f.rule == rule; });
  return out;
}

bool Checked::firesSet(std::string_view set) const {
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.ruleSet == set; });
}

std::string Checked::span(const Finding& f) const {
  // Code points to bytes by walking the UTF-8.
  std::size_t cp = 0, startByte = text.size(), endByte = text.size();
  for (std::size_t b = 0; b <= text.size(); ++b) {
    const bool boundary = b == text.size() || (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80;
    if (!boundary) continue;
    if (cp == f.start) startByte = b;
    if (cp == f.start + f.length) {
      endByte = b;
      break;
    }
    ++cp;
  }
  return text.substr(startByte, endByte - startByte);
}

std::vector<std::string> Checked::spans(std::string_view rule) const {
  std::vector<std::string> out;
  for (const auto& f : of(rule)) out.push_back(span(f));
  return out;
}

Checked check(const RuleBook& book, std::string text, const CheckOptions& options) {
  Checked checked;
  checked.text = std::move(text);
  CheckInput input;
  input.text = checked.text;
  input.field = options.field;
  input.channel = options.channel;
  input.product = options.product;
  input.keywords = options.keywords;
  input.brand = options.brand;
  input.html = options.html;
  checked.findings = runChecks(book, input);
  return checked;
}

Checked checkShipped(std::string text, const CheckOptions& options) { return check(*shippedBook(), std::move(text), options); }

}  // namespace copydesk::test
