#include "ui/experiments/verdict_text.h"

#include <QLocale>

namespace copydesk::ui {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString count(std::int64_t n) { return QLocale().toString(static_cast<qlonglong>(n)); }

}  // namespace

QString VerdictText::percent(double rate) { return QLocale().toString(100.0 * rate, 'f', 2) + QLatin1Char('%'); }

QString VerdictText::interval(const Interval& interval) {
  return tr("%1–%2").arg(QLocale().toString(100.0 * interval.low, 'f', 2), percent(interval.high));
}

QString VerdictText::pValue(double p) {
  if (p < 0.0001) return tr("p < 0.0001");
  return tr("p = %1").arg(QLocale().toString(p, 'f', 4));
}

QString VerdictText::method(VerdictMethod method) {
  switch (method) {
    case VerdictMethod::TwoProportionZ: return tr("two-proportion z-test");
    case VerdictMethod::ChiSquareHolm: return tr("chi-square test, then the best against each other (Holm-corrected z-tests)");
    default: return tr("nothing to test yet");
  }
}

QString VerdictText::summary(const ExperimentReport& report) {
  const ExperimentVerdict& v = report.verdict;
  if (v.outcome == VerdictOutcome::Winner) {
    return tr("Winner: %1 (%2)").arg(qs(report.experiment.variants[*v.winner].label), pValue(*v.pValue));
  }
  QString line = v.pValue ? tr("No winner yet (%1)").arg(pValue(*v.pValue)) : tr("No winner yet");
  switch (v.outcome) {
    case VerdictOutcome::NoData:
      return report.hasResults() ? tr("%1: no conversions to compare yet").arg(line)
                                 : tr("%1: no results imported yet").arg(line);
    case VerdictOutcome::Tied: return tr("%1: the best variants convert at the same rate").arg(line);
    case VerdictOutcome::TooFewConversions: line = tr("%1: too few conversions for the test").arg(line); break;
    default: break;
  }
  if (v.neededPerVariant) {
    line = tr("%1; about %2 impressions per variant are needed to tell the best from the runner-up, %3 more "
              "(5% two-sided, 80% power)")
               .arg(line, count(*v.neededPerVariant), count(*v.stillNeeded));
  }
  return line;
}

QString VerdictText::variantLine(const ExperimentReport& report, std::size_t index) {
  const ExperimentVariant& variant = report.experiment.variants[index];
  if (!variant.results) return tr("%1 · no results yet").arg(qs(variant.label));
  const VariantOutcome& o = report.variants[index];
  QString line = tr("%1 · %2 of %3 converted · %4 (95% CI %5)")
                     .arg(qs(variant.label), count(o.conversions.successes), count(o.conversions.trials),
                          percent(o.conversions.rate()), interval(o.interval));
  if (report.verdict.winner == index) line += tr(" · winner");
  return line;
}

}  // namespace copydesk::ui
