#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/checks/check_input.h"
#include "core/checks/check_text.h"
#include "core/checks/finding.h"

namespace copydesk {

// What every rule carries from its rule file, whatever its kind.
struct RuleMeta {
  std::string setId;  // the rule set (file) it belongs to: "cn-ad-law"
  std::string id;     // unique within the set: "absolute"
  Severity severity = Severity::Warning;
  std::string explanationEn;
  std::string explanationZh;
  std::string source;                 // law article, policy page title, "glossary: Brand"
  std::vector<std::string> fields;    // only these draft fields ("" / empty: every field)
  std::vector<std::string> channels;  // only these check channels, or channel prefixes ("amazon")
  std::vector<std::string> languages; // only text in these languages ("zh", "en"); empty: any

  std::string fullId() const { return setId + "." + id; }
};

// One rule of a rule set: a pure function from a text to findings. Rules are built from rule
// files (rule_book.h: loadRuleBook), shared read-only between threads once built.
class Rule {
 public:
  explicit Rule(RuleMeta meta) : m_meta(std::move(meta)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleMeta& meta() const { return m_meta; }
  bool appliesTo(const CheckInput& input, const CheckText& text) const;

  // Appends what the rule finds. Spans are BYTE offsets into text.bytes(); the Checker turns
  // them into code points once for all rules.
  virtual void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const = 0;

 protected:
  // A finding of this rule over bytes [startByte, startByte + lengthBytes).
  Finding finding(std::size_t startByte, std::size_t lengthBytes, std::string message,
                  std::vector<std::string> args = {}) const;
  Finding finding(std::size_t startByte, std::size_t lengthBytes, Severity severity, std::string message,
                  std::vector<std::string> args = {}) const;

 private:
  RuleMeta m_meta;
};

}  // namespace copydesk
