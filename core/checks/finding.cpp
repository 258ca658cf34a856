#include "core/checks/finding.h"

#include <algorithm>

namespace copydesk {

std::string_view toString(Severity severity) {
  switch (severity) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "warning";
}

std::optional<Severity> severityFromString(std::string_view text) {
  if (text == "info") return Severity::Info;
  if (text == "warning") return Severity::Warning;
  if (text == "error") return Severity::Error;
  return std::nullopt;
}

std::optional<Severity> worstSeverity(const std::vector<Finding>& findings) {
  if (findings.empty()) return std::nullopt;
  return std::max_element(findings.begin(), findings.end(),
                          [](const Finding& a, const Finding& b) { return a.severity < b.severity; })
      ->severity;
}

bool hasErrors(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.severity == Severity::Error; });
}

}  // namespace copydesk
