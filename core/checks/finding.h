#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// How much a finding matters. An error blocks approval unless the reviewer overrides it with a
// reason; a warning asks for a look; info is a hint.
enum class Severity { Info = 0, Warning = 1, Error = 2 };

std::string_view toString(Severity severity);  // "info", "warning", "error"
std::optional<Severity> severityFromString(std::string_view text);

// One thing a check found in a text. Core never words it: `message` is an id from the message
// catalogue (finding_message.h) and `args` fill its placeholders; the CLI words it in English
// (findingMessageEn), the studio through tr(). The explanation and source come from the rule's
// data file, in both languages.
struct Finding {
  std::string rule;     // "cn-ad-law.absolute": the rule set's id, a dot, the rule's id
  std::string ruleSet;  // "cn-ad-law"
  Severity severity = Severity::Warning;
  std::size_t start = 0;   // in Unicode code points from the start of the text
  std::size_t length = 0;  // code points; 0 for a finding about the whole text (a missing term)
  std::string message;     // message id, e.g. "term.banned"
  std::vector<std::string> args;
  std::string explanationEn;
  std::string explanationZh;
  std::string source;  // a law article, a marketplace policy page title, "glossary: Brand"
};

// The most severe of the findings, or nullopt when there are none.
std::optional<Severity> worstSeverity(const std::vector<Finding>& findings);
bool hasErrors(const std::vector<Finding>& findings);

}  // namespace copydesk
