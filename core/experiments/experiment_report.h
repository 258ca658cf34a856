#pragma once

#include <optional>
#include <vector>

#include "core/common/result.h"
#include "core/experiments/experiment.h"
#include "core/experiments/experiment_store.h"
#include "core/experiments/experiment_verdict.h"
#include "core/experiments/wilson_interval.h"
#include "core/store/database.h"

namespace copydesk {

// One variant as the report shows it: conversions out of impressions, the rate and its 95 % Wilson
// interval (variants without results count as 0 of 0, interval [0, 1]).
struct VariantOutcome {
  Proportion conversions;
  Interval interval;
};

// An experiment and the verdict on its variants (judgeExperiment). variants[i] is experiment.variants[i].
struct ExperimentReport {
  Experiment experiment;
  std::vector<VariantOutcome> variants;
  ExperimentVerdict verdict;

  // The winner's draft id, or nullopt.
  std::optional<std::int64_t> winnerDraftId() const;
  bool hasResults() const;  // some variant has results imported
};

ExperimentReport reportOn(Experiment experiment);
Result<std::vector<ExperimentReport>> experimentReports(Database& db, const ExperimentQuery& query = {});

}  // namespace copydesk
