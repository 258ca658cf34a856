// kind "facts-numbers": quantities with units in the copy against the product's data.
// report = "mismatch": a quantity whose dimension the facts state with other values only
//   (facts.number-mismatch: stated, facts); report = "unstated": a quantity whose dimension the
//   facts never state (facts.number-unstated: stated). tolerance = 0.02 (optional).
#include "core/checks/facts/fact_sheet_cache.h"
#include "core/checks/facts/facts_rules.h"
#include "core/checks/facts/number_verdict.h"
#include "core/checks/facts/quantity_aspect.h"
#include "core/checks/facts/quantity_parser.h"
#include "core/checks/toml_rule_support.h"

namespace copydesk {
namespace {

class FactNumbersRule final : public Rule {
 public:
  FactNumbersRule(RuleMeta meta, NumberVerdict::Kind reports, double tolerance)
      : Rule(std::move(meta)), m_reports(reports), m_tolerance(tolerance) {}

  void check(const CheckText& text, const CheckInput& input, std::vector<Finding>& out) const override {
    if (!input.product) return;  // nothing to hold the copy to
    std::vector<Quantity> stated = findQuantities(text.bytes());
    if (stated.empty()) return;
    markAspects(text.folded(), stated);
    const auto facts = factSheetFor(*input.product);
    for (const Quantity& q : stated) {
      const NumberVerdict verdict = judgeQuantity(q, *facts, m_tolerance);
      if (verdict.kind != m_reports) continue;
      if (m_reports == NumberVerdict::Kind::Contradicted)
        out.push_back(finding(q.start, q.end - q.start, "facts.number-mismatch", {q.text, verdict.facts}));
      else
        out.push_back(finding(q.start, q.end - q.start, "facts.number-unstated", {q.text}));
    }
  }

 private:
  NumberVerdict::Kind m_reports;
  double m_tolerance;
};

}  // namespace

Result<std::unique_ptr<Rule>> makeFactNumbersRule(RuleMeta meta, const toml::table& table) {
  auto report = requiredString(table, "report");
  if (!report) return report.error();
  NumberVerdict::Kind reports;
  if (*report == "mismatch") reports = NumberVerdict::Kind::Contradicted;
  else if (*report == "unstated") reports = NumberVerdict::Kind::Unstated;
  else return tomlError(table, "report", "checks.facts.bad-report");
  auto tolerance = optionalNumber(table, "tolerance", 0.02);
  if (!tolerance) return tolerance.error();
  if (*tolerance < 0 || *tolerance >= 0.5) return tomlError(table, "tolerance", "checks.facts.bad-tolerance");
  return std::unique_ptr<Rule>(new FactNumbersRule(std::move(meta), reports, *tolerance));
}

}  // namespace copydesk
