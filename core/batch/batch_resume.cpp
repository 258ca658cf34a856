#include "core/batch/batch_resume.h"
#include "core/common/error_id.h"

#include <set>
#include <tuple>

namespace copydesk::batch {

Result<std::optional<BatchRecord>> findResumableBatch(BatchStore& store, const BatchPlan& plan,
                                                      std::optional<std::int64_t> batchId) {
  if (!batchId) return store.latestWithKey(plan.resumeKey());
  auto batch = store.get(*batchId);
  if (!batch) return batch.error();
  const std::string id = std::to_string(*batchId);
  if (!*batch) return makeError("batch.no-such-batch", ErrorCode::NotFound, {id});
  if ((*batch)->plan.value("resume_key", std::string()) != plan.resumeKey()) {
    return makeError("batch.resume-differs", ErrorCode::InvalidInput, {id});
  }
  return batch;
}

std::vector<BatchSlot> missingSlots(const BatchPlan& plan, const std::vector<FilledSlot>& filled) {
  std::set<std::tuple<std::int64_t, int, std::string, std::int64_t, std::int64_t, std::int64_t, std::string>> done;
  for (const auto& f : filled) {
    done.emplace(f.productId, f.variant, f.model, f.personaId, f.questionId, f.sourceDraftId, f.language);
  }
  std::vector<BatchSlot> missing;
  for (const auto& slot : plan.allSlots()) {
    const auto key = std::make_tuple(slot.productId, slot.variant, plan.targets[slot.targetIndex].model, slot.personaId,
                                     slot.questionId, slot.sourceDraftId, slot.language);
    if (!done.count(key)) missing.push_back(slot);
  }
  return missing;
}

}  // namespace copydesk::batch
