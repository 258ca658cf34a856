#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/experiments/experiment.h"
#include "core/store/database.h"

namespace copydesk {

// The use cases behind `copydesk-cli experiments create/remove` and the studio's "Start an A/B
// experiment": the store's change and its audit entry in one transaction.

// Marks the drafts (2–26, one product and field) as an experiment's variants A, B, … in this order.
Result<Experiment> startExperiment(Database& db, const std::vector<std::int64_t>& draftIds, const std::string& author = {});

// Ends an experiment: its variant labels and results are deleted, its drafts stay.
Status removeExperiment(Database& db, std::int64_t experimentId, const std::string& author = {});

}  // namespace copydesk
