#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/experiments/experiment_report.h"

namespace copydesk::ui {

// The studio's words for the experiments' numbers and verdicts (the CLI has its own English).
class VerdictText final {
  Q_DECLARE_TR_FUNCTIONS(VerdictText)

 public:
  static QString percent(double rate);                 // "4.50%"
  static QString interval(const Interval& interval);   // "3.34–6.03%"
  static QString pValue(double p);                     // "p = 0.0074", "p < 0.0001"
  // Which test decided: "two-proportion z-test", "chi-square, then Holm-corrected z-tests".
  static QString method(VerdictMethod method);
  // One line: "Winner: E3-B (p = 0.0074)" or "No winner yet (p = 0.077): about 2,518 impressions per
  // variant needed, 1,518 more".
  static QString summary(const ExperimentReport& report);
  // A variant in one line: "E3-B · 45 of 1,000 converted · 4.50% (3.34–6.03%)" and "· winner".
  static QString variantLine(const ExperimentReport& report, std::size_t index);
};

}  // namespace copydesk::ui
