#include "core/experiments/version_rollup.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace copydesk {
namespace {

using GroupKey = std::tuple<std::string, int, std::string, std::int64_t>;  // name, version, persona, version id

GroupKey keyOf(const ExperimentVariant& v, bool byPersona) {
  return {v.templateName, v.templateVersion, byPersona ? v.persona : std::string(), v.templateVersionId.value_or(0)};
}

void addVariant(VersionRollup& group, const ExperimentVariant& v) {
  ++group.variants;
  if (!v.results) return;
  group.pooled.successes += v.results->conversions;
  group.pooled.trials += v.results->impressions;
  group.clicks += v.results->clicks;
  if (v.results->revenue) group.revenue = group.revenue.value_or(0.0) + *v.results->revenue;
}

}  // namespace

std::vector<VersionRollup> rollUpByTemplateVersion(const std::vector<ExperimentReport>& reports, bool byPersona) {
  std::map<GroupKey, VersionRollup> groups;
  for (const ExperimentReport& report : reports) {
    const auto winner = report.winnerDraftId();
    std::set<GroupKey> seenHere;
    for (const ExperimentVariant& v : report.experiment.variants) {
      const GroupKey key = keyOf(v, byPersona);
      VersionRollup& group = groups[key];
      group.templateVersionId = v.templateVersionId;
      group.templateName = v.templateName;
      group.templateVersion = v.templateVersion;
      group.persona = byPersona ? v.persona : std::string();
      addVariant(group, v);
      if (seenHere.insert(key).second) {
        ++group.experiments;
        if (winner) ++group.decided;
      }
      if (winner && *winner == v.draftId) ++group.wins;
    }
  }
  std::vector<VersionRollup> rollups;
  for (auto& [key, group] : groups) {
    group.interval = wilsonInterval(group.pooled);
    rollups.push_back(std::move(group));
  }
  return rollups;
}

HeadToHead headToHead(const std::vector<ExperimentReport>& reports, std::int64_t versionA, std::int64_t versionB) {
  HeadToHead result;
  for (const ExperimentReport& report : reports) {
    Proportion a, b;
    bool hasA = false, hasB = false;
    for (const ExperimentVariant& v : report.experiment.variants) {
      const bool isA = v.templateVersionId == versionA, isB = v.templateVersionId == versionB;
      hasA = hasA || isA;
      hasB = hasB || isB;
      if (!v.results || !(isA || isB)) continue;
      Proportion& side = isA ? a : b;
      side.successes += v.results->conversions;
      side.trials += v.results->impressions;
    }
    if (!hasA || !hasB) continue;
    ++result.experiments;
    result.a.successes += a.successes;
    result.a.trials += a.trials;
    result.b.successes += b.successes;
    result.b.trials += b.trials;
  }
  result.test = twoProportionZTest(result.a, result.b);
  return result;
}

}  // namespace copydesk
