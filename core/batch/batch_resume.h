#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/batch/batch_plan.h"
#include "core/common/result.h"
#include "core/store/batch_store.h"

namespace copydesk::batch {

// The batch --resume continues: the one given by id (its plan must match), else the newest batch
// with the plan's resume key (a completed one has nothing missing, so resuming it sends nothing).
// nullopt: no such batch yet, the run starts a new one.
Result<std::optional<BatchRecord>> findResumableBatch(BatchStore& store, const BatchPlan& plan,
                                                      std::optional<std::int64_t> batchId = std::nullopt);

// The plan's slots that have no draft yet, in plan order. A slot is identified by product,
// variant, model and persona, which is what the drafts table keeps unique per batch.
std::vector<BatchSlot> missingSlots(const BatchPlan& plan, const std::vector<FilledSlot>& filled);

}  // namespace copydesk::batch
