#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/experiments/experiment_report.h"
#include "core/experiments/proportion_tests.h"

namespace copydesk {

// What the variants one template version made (for one persona, when split by persona) did across
// every experiment they were in: pooled conversions out of impressions with a Wilson interval, and
// how many experiments they won. Pooling adds counts of different products, whose base rates
// differ; the win count and headToHead() compare like with like.
struct VersionRollup {
  std::optional<std::int64_t> templateVersionId;  // nullopt: drafts written by hand
  std::string templateName;
  int templateVersion = 0;
  std::string persona;  // "" when not split by persona, or for drafts written for no persona
  int experiments = 0;  // experiments with a variant of this version
  int variants = 0;
  int decided = 0;      // of those experiments, the ones with a winner
  int wins = 0;         // … that a variant of this version won
  Proportion pooled;
  Interval interval;
  std::int64_t clicks = 0;
  std::optional<double> revenue;  // the sum, where results had revenue
};

// Ordered by template name, version and persona.
std::vector<VersionRollup> rollUpByTemplateVersion(const std::vector<ExperimentReport>& reports, bool byPersona = false);

// Two template versions (by template_versions.id) in the experiments where both had a variant:
// each one's pooled counts there, and the pooled two-proportion z-test between them.
struct HeadToHead {
  int experiments = 0;
  Proportion a;
  Proportion b;
  std::optional<ZTest> test;  // nullopt without counts to compare
};
HeadToHead headToHead(const std::vector<ExperimentReport>& reports, std::int64_t versionA, std::int64_t versionB);

}  // namespace copydesk
