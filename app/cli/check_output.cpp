#include "app/cli/check_output.h"

#include <iostream>

#include "app/cli/cli_context.h"
#include "core/checks/finding_message.h"
#include "core/common/json.h"

namespace copydesk::cli {
namespace {

Json findingJson(const Finding& f) {
  return Json{{"rule", f.rule},
              {"severity", toString(f.severity)},
              {"start", f.start},
              {"length", f.length},
              {"message", findingMessageEn(f)},
              {"rule_set", f.ruleSet},
              {"explanation", f.explanationEn},
              {"source", f.source}};
}

}  // namespace

void printChecked(const std::vector<CheckedText>& checked, bool json, bool nameDrafts, std::ostream& out) {
  if (json) {
    Json findings = Json::array();
    for (const CheckedText& c : checked) {
      for (const Finding& f : c.findings) {
        Json item = findingJson(f);
        if (nameDrafts) item["draft"] = c.draftId;
        findings.push_back(std::move(item));
      }
    }
    Json result = {{"findings", std::move(findings)}};
    if (nameDrafts) result["drafts"] = checked.size();
    out << result.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    return;
  }
  std::size_t total = 0;
  for (const CheckedText& c : checked) {
    for (const Finding& f : c.findings) {
      out << c.label << ':' << f.start << ": " << toString(f.severity) << ": " << findingMessageEn(f) << " ["
          << f.rule << "]\n";
      ++total;
    }
  }
  if (!nameDrafts && total == 0) out << checked.front().label << ": no findings\n";
  if (nameDrafts) out << "checked " << checked.size() << " draft(s): " << total << " finding(s)\n";
}

void printFindingLines(const std::vector<Finding>& findings, std::ostream& out) {
  for (const Finding& f : findings)
    out << "  " << toString(f.severity) << ' ' << f.rule << " at " << f.start << ": " << findingMessageEn(f) << '\n';
}

int reportRuleProblems(const std::vector<Error>& problems) {
  for (const Error& problem : problems) std::cerr << problem.describe() << '\n';
  return kExitBadInput;
}

std::string channelNames(const RuleBook& book) {
  std::string names;
  for (const CheckChannel& c : book.channels) names += (names.empty() ? "" : ", ") + c.id;
  return names;
}

}  // namespace copydesk::cli
