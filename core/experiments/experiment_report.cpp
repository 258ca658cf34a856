#include "core/experiments/experiment_report.h"

namespace copydesk {

std::optional<std::int64_t> ExperimentReport::winnerDraftId() const {
  if (!verdict.winner) return std::nullopt;
  return experiment.variants[*verdict.winner].draftId;
}

bool ExperimentReport::hasResults() const {
  for (const ExperimentVariant& v : experiment.variants) {
    if (v.results) return true;
  }
  return false;
}

ExperimentReport reportOn(Experiment experiment) {
  ExperimentReport report;
  std::vector<Proportion> counts;
  for (const ExperimentVariant& v : experiment.variants) {
    Proportion p;
    if (v.results) p = {v.results->conversions, v.results->impressions};
    counts.push_back(p);
    report.variants.push_back({p, wilsonInterval(p)});
  }
  report.verdict = judgeExperiment(counts);
  report.experiment = std::move(experiment);
  return report;
}

Result<std::vector<ExperimentReport>> experimentReports(Database& db, const ExperimentQuery& query) {
  auto experiments = ExperimentStore(db).list(query);
  if (!experiments) return experiments.error();
  std::vector<ExperimentReport> reports;
  reports.reserve(experiments->size());
  for (Experiment& e : *experiments) reports.push_back(reportOn(std::move(e)));
  return reports;
}

}  // namespace copydesk
